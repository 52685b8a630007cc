import { bothDatabases } from '../__testUtils__/bothDatabases';
import { Entity } from '@backstage/catalog-model';
import { ReviewService } from './ReviewService';
import { twoQuestionConfig as config } from '../service/__testUtils__/reconcileTestCatalog';
import { testDomain } from '../service/__testUtils__/testDomain';
import { backfillSnapshots } from './backfillSnapshots';

jest.setTimeout(60_000);

const databases = bothDatabases();

const component = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', owner: 'team-a' },
});
const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse('2026-03-01T10:00:00.000Z');

describe.each(databases.eachSupportedId())(
  'backfillSnapshots (%s)',
  databaseId => {
    it('rebuilds past days from the answer history, once', async () => {
      const knex = await databases.init(databaseId);
      let now = new Date(START);
      const { database, domain } = await testDomain({
        knex,
        config,
        clock: () => now,
      });
      const write = (
        name: string,
        questionId: string,
        status: 'yes' | 'no',
        version: number,
      ) =>
        domain.writer.writeAnswers(
          component(name),
          {
            checklistId: 'test',
            answers: [{ questionId, status, expectedVersion: version }],
          },
          'user:default/alice',
        );
      // Day 0: a answers q1 Yes (50). Day 2: a answers q2 Yes (100), b answers q1 No (0).
      await write('a', 'q1', 'yes', 0);
      now = new Date(START + 2 * DAY);
      await write('a', 'q2', 'yes', 0);
      await write('b', 'q1', 'no', 0);

      const run = (at: number) =>
        backfillSnapshots({
          store: database.backfill,
          calculator: domain.calculator,
          config,
          now: new Date(at),
          maxDays: 90,
        });
      // On day 4: days 0 to 3 are rebuilt; today is the snapshot task's.
      expect(await run(START + 4 * DAY)).toEqual({
        days: 4,
        rows: 1 + 1 + 2 + 2,
      });
      const rows = await knex('readiness_snapshots')
        .select('day', 'entity_ref', 'score', 'answered')
        .orderBy(['day', 'entity_ref']);
      expect(
        rows.map(r => [
          r.day,
          r.entity_ref.split('/')[1],
          Number(r.score),
          Number(r.answered),
        ]),
      ).toEqual([
        ['2026-03-01', 'a', 50, 1],
        ['2026-03-02', 'a', 50, 1],
        ['2026-03-03', 'a', 100, 2],
        ['2026-03-03', 'b', 0, 1],
        ['2026-03-04', 'a', 100, 2],
        ['2026-03-04', 'b', 0, 1],
      ]);

      // The trend now starts on day 0, from the per-day group figures.
      const review = new ReviewService({
        store: database.review,
        config,
        clock: () => new Date(START + 4 * DAY),
      });
      const trend = await review.getTrends({
        groupBy: 'all',
        days: 30,
        filters: {},
      });
      expect(
        trend.points.map(p => [p.day, p.entities, p.averageScore]),
      ).toEqual([
        ['2026-03-01', 1, 50],
        ['2026-03-02', 1, 50],
        ['2026-03-03', 2, 50],
        ['2026-03-04', 2, 50],
      ]);

      // Earlier snapshots exist now: a later start does nothing.
      expect(await run(START + 9 * DAY)).toEqual({ days: 0, rows: 0 });
    });

    it('counts an imported answer from when it was reviewed, once the import has settled', async () => {
      const knex = await databases.init(databaseId);
      const now = new Date(START);
      const { database, domain } = await testDomain({
        knex,
        config,
        clock: () => now,
      });
      const iso = (at: number) => new Date(at).toISOString();
      // An import today of answers the team reviewed 3 and 1 days ago.
      await domain.writer.writeAnswers(
        component('c'),
        {
          checklistId: 'test',
          answers: [
            {
              questionId: 'q1',
              status: 'yes',
              expectedVersion: 0,
              reviewedAt: iso(START - 3 * DAY),
            },
            {
              questionId: 'q2',
              status: 'yes',
              expectedVersion: 0,
              reviewedAt: iso(START - 1 * DAY),
            },
          ],
        },
        'service:importer',
      );
      const run = (at: number) =>
        backfillSnapshots({
          store: database.backfill,
          calculator: domain.calculator,
          config,
          now: new Date(at),
          maxDays: 90,
        });
      // Still coming in (changed less than a minute ago): nothing yet, and nothing written.
      expect(await run(START + 30_000)).toEqual({ days: 0, rows: 0 });
      expect(
        Number((await knex('readiness_snapshots').count({ n: '*' }))[0].n),
      ).toBe(0);

      expect(await run(START + 2 * 60_000)).toEqual({ days: 3, rows: 3 });
      const rows = await knex('readiness_snapshots')
        .select('day', 'score', 'answered')
        .orderBy('day');
      expect(
        rows.map(r => [r.day, Number(r.score), Number(r.answered)]),
      ).toEqual([
        ['2026-02-26', 50, 1],
        ['2026-02-27', 50, 1],
        ['2026-02-28', 100, 2],
      ]);
    });
  },
);
