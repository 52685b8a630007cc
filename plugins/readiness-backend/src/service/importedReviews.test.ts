import { bothDatabases } from '../__testUtils__/bothDatabases';
import request from 'supertest';
import {
  asService,
  asUser,
  dumpAnswerTables,
  ReadinessTestBackend,
  startReadinessBackend,
  testEntity,
} from './__testUtils__/startReadinessBackend';

jest.setTimeout(60_000);

const databases = bothDatabases();

const ENTITY = '/api/readiness/entities/component/default/payments';
const IMPORTER = asService('plugin:readiness-sample-data');
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) =>
  new Date(Date.now() - days * DAY).toISOString();

const batch = (reviewedAt: string) => ({
  checklistId: 'backend-project',
  answers: [
    {
      questionId: 'software-quality.ci',
      status: 'yes',
      expectedVersion: 0,
      reviewedAt,
    },
  ],
});

/**
 * Importing an earlier assessment: a service writer may say when an answer was last checked,
 * so answers older than the review interval arrive stale; people cannot backdate their answers.
 */
describe.each(databases.eachSupportedId())(
  'answers imported with their review time (%s)',
  databaseId => {
    let backend: ReadinessTestBackend;
    const dump = () => dumpAnswerTables(backend.knex);

    beforeAll(async () => {
      backend = await startReadinessBackend({
        databases,
        databaseId,
        entities: [testEntity('Component', 'payments', { type: 'service' })],
        config: {
          reviewIntervalDays: 180,
          permissions: { serviceWriters: ['plugin:readiness-sample-data'] },
        },
      });
    });

    it('keeps the review time of an imported answer, which is then stale and earns nothing', async () => {
      const reviewedAt = daysAgo(200);
      const res = await request(backend.server)
        .post(`${ENTITY}/answers`)
        .set('Authorization', IMPORTER)
        .send(batch(reviewedAt));
      expect(res.status).toBe(200);

      const read = await request(backend.server)
        .get(ENTITY)
        .set('Authorization', asUser('user:default/alice'));
      const ci = read.body.answers.find(
        (a: { questionId: string }) => a.questionId === 'software-quality.ci',
      );
      expect(ci).toMatchObject({ status: 'yes', stale: true, reviewedAt });
      expect(read.body.result.stale).toBe(1);
      expect(read.body.result.score).toBe(0);
      // The audit event says who imported it and the review time it was given.
      const event = backend.events.find(
        e => e.eventId === 'answer-write' && e.status === 'succeeded',
      );
      expect(event).toMatchObject({
        actor: { actorId: 'plugin:readiness-sample-data' },
        meta: {
          changes: [{ questionId: 'software-quality.ci', reviewedAt }],
        },
      });
    });

    it.each([
      ['not a date', 'last spring', /reviewedAt must match format "date-time"/],
      ['in the future', daysAgo(-1), /is in the future/],
      ['more than ten years ago', daysAgo(366 * 11), /more than 10 years ago/],
    ])(
      'refuses a review time %s with a 400, changing nothing',
      async (_, value, message) => {
        const before = await dump();
        const res = await request(backend.server)
          .post(`${ENTITY}/answers`)
          .set('Authorization', IMPORTER)
          .send(batch(value));
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
        expect(await dump()).toEqual(before);
      },
    );

    it('does not let a person backdate an answer', async () => {
      const before = await dump();
      const res = await request(backend.server)
        .post(`${ENTITY}/answers`)
        .set('Authorization', asUser('user:default/alice'))
        .send(batch(daysAgo(30)));
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(
        /reviewedAt can only be set by a service importing earlier answers/,
      );
      expect(await dump()).toEqual(before);
    });
  },
);
