import { responseError } from '../../../testUtils/MockReadinessApi';
import { saveProblemOf } from './saveProblem';

describe('saveProblemOf', () => {
  it('puts a refused link at the links field, in words', async () => {
    expect(
      saveProblemOf(
        await responseError(
          400,
          'InputError',
          'answer.links[0] "ftp://x" must start with http:// or https://',
        ),
      ),
    ).toEqual({
      kind: 'field',
      field: 'links',
      message:
        'The link "ftp://x" must start with http:// or https://. Correct it and save again.',
    });
  });

  it('puts a refused note at the note field', async () => {
    expect(
      saveProblemOf(
        await responseError(
          400,
          'InputError',
          'answer.note contains a control character',
        ),
      ),
    ).toMatchObject({ kind: 'field', field: 'note' });
  });

  it('knows a conflict', async () => {
    expect(
      saveProblemOf(await responseError(409, 'InputError', 'moved on')),
    ).toEqual({
      kind: 'conflict',
    });
  });

  it('describes other errors without technical detail', () => {
    expect(
      saveProblemOf(new TypeError('Failed to fetch: POST http://localhost/x')),
    ).toEqual({
      kind: 'error',
      message:
        'Backstage could not be reached; check your connection and try again',
    });
  });
});
