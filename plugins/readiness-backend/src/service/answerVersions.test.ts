import { bothDatabases } from '../__testUtils__/bothDatabases';
import request from 'supertest';
import {
  asUser,
  ReadinessTestBackend,
  startReadinessBackend,
  testEntity,
} from './__testUtils__/startReadinessBackend';

jest.setTimeout(60_000);

const databases = bothDatabases();

const ANSWER =
  '/api/readiness/entities/component/default/payments/answers/software-quality.ci';
const ALICE = asUser('user:default/alice');

describe.each(databases.eachSupportedId())(
  'answer versions across clears (%s)',
  databaseId => {
    let backend: ReadinessTestBackend;
    beforeAll(async () => {
      backend = await startReadinessBackend({
        databases,
        databaseId,
        entities: [testEntity('Component', 'payments', { type: 'service' })],
      });
    });

    const put = (status: string, expectedVersion: number) =>
      request(backend.server)
        .put(ANSWER)
        .set('Authorization', ALICE)
        .send({ checklistId: 'backend-project', status, expectedVersion });
    const clear = (expectedVersion: number) =>
      request(backend.server)
        .delete(`${ANSWER}?expectedVersion=${expectedVersion}`)
        .set('Authorization', ALICE);

    it('refuses a write based on a version from before a clear, and never reuses a version', async () => {
      expect((await put('yes', 0)).body.answers[0].version).toBe(1);
      // Client A read version 1; the answer is cleared.
      expect((await clear(1)).status).toBe(200);
      // Client A's change, based on the answer before the clear, must not land.
      const stale = await put('partial', 1);
      expect(stale.status).toBe(409);
      // Client C saw no answer and writes one: it gets a version after the clear's.
      const fresh = await put('no', 0);
      expect(fresh.status).toBe(200);
      expect(fresh.body.answers[0].version).toBe(3);
      // Client A again, still on version 1: refused, and C's answer stays.
      expect((await put('yes', 1)).status).toBe(409);

      const entity = await request(backend.server)
        .get('/api/readiness/entities/component/default/payments')
        .set('Authorization', ALICE);
      expect(
        entity.body.answers.find(
          (a: { questionId: string }) => a.questionId === 'software-quality.ci',
        ),
      ).toMatchObject({ status: 'no', version: 3 });

      const history = await request(backend.server)
        .get(
          '/api/readiness/entities/component/default/payments/history?questionId=software-quality.ci',
        )
        .set('Authorization', ALICE);
      const versions = history.body.items.map(
        (h: { version: number }) => h.version,
      );
      expect(versions).toEqual([3, 2, 1]);
      expect(
        history.body.items.map((h: { status: string }) => h.status),
      ).toEqual(['no', 'cleared', 'yes']);
    });

    it('keeps counting after a second clear and write', async () => {
      expect((await clear(3)).status).toBe(200);
      const again = await put('yes', 0);
      expect(again.body.answers[0].version).toBe(5);
      expect((await put('no', 4)).status).toBe(409);
      expect((await put('no', 5)).body.answers[0].version).toBe(6);
    });
  },
);
