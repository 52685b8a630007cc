import { responseError } from '../../testUtils/MockReadinessApi';
import { describeError } from './describeError';

describe('describeError', () => {
  it('gives the server message without the request-field prefix', async () => {
    expect(
      describeError(
        await responseError(400, 'InputError', 'answer: unknown question'),
      ),
    ).toBe('unknown question');
  });

  it('says a failed request could not reach Backstage, without its URL', () => {
    const text = describeError(
      new TypeError('Failed to fetch: POST http://localhost:7007/api/x'),
    );
    expect(text).not.toMatch(/http|POST/);
    expect(text).toMatch(/could not be reached/);
  });

  it('asks to try again when the service failed', async () => {
    expect(
      describeError(
        await responseError(503, 'InputError', 'The database is unavailable'),
      ),
    ).toMatch(/try again shortly/);
  });
});
