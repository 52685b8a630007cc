import express from 'express';
import request from 'supertest';
import { RequestsInFlight } from './RequestsInFlight';

describe('RequestsInFlight', () => {
  it('lets background work wait until no request is served, or its longest wait', async () => {
    const inFlight = new RequestsInFlight();
    let answer = () => {};
    const app = express();
    app.use(inFlight.middleware);
    app.get('/slow', (_req, res) => {
      answer = () => res.json({ ok: true });
    });

    // Idle: at once.
    let waited = false;
    await inFlight.whenIdle(10_000).then(() => (waited = true));
    expect(waited).toBe(true);

    // Busy: until the request is answered.
    const served = request(app)
      .get('/slow')
      .then(r => r.status);
    await new Promise(resolve => setTimeout(resolve, 50));
    let idle = false;
    const whenIdle = inFlight.whenIdle(10_000).then(() => (idle = true));
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(idle).toBe(false);
    answer();
    expect(await served).toBe(200);
    await whenIdle;
    expect(idle).toBe(true);

    // A request that never ends does not hold the work back beyond its bound.
    request(app)
      .get('/slow')
      .then(() => undefined);
    await new Promise(resolve => setTimeout(resolve, 50));
    const started = Date.now();
    await inFlight.whenIdle(100);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    answer();
  });
});
