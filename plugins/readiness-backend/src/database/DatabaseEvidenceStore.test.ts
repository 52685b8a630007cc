import { mockServices } from '@backstage/backend-test-utils';
import { bothDatabases } from '../__testUtils__/bothDatabases';
import { createReadinessDatabase } from './createReadinessDatabase';

jest.setTimeout(60_000);

const databases = bothDatabases();

const ENTITY = 'component:default/payments';
const evidence = (status: 'yes' | 'no') =>
  [
    'communication.team',
    'communication.business-value',
    'architecture.system',
  ].map(questionId => ({
    questionId,
    providerId: 'catalog-metadata',
    status,
    note: `run said ${status}`,
    links: [],
  }));

describe.each(databases.eachSupportedId())(
  'DatabaseEvidenceStore (%s)',
  databaseId => {
    // Writes to different questions of one entity each evaluate its due evidence, so runs for
    // one entity overlap; found by the reliability script's writers (a duplicate key, 500).
    it('takes concurrent evidence runs for one entity in turn: what is stored is one whole run', async () => {
      const knex = await databases.init(databaseId);
      const { evidence: store } = await createReadinessDatabase({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      const runs = Array.from({ length: 12 }, (_, i) => ({
        status: i % 2 ? ('yes' as const) : ('no' as const),
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      }));
      await Promise.all(
        runs.map(run =>
          store.recordRuns([
            {
              entityRef: ENTITY,
              evidence: evidence(run.status),
              failures: [],
              evaluatedAt: run.at,
            },
          ]),
        ),
      );

      const stored = await store.getEvidence(ENTITY);
      expect(stored).toHaveLength(3);
      // One run's evidence, whole: never a mix of two runs.
      expect(new Set(stored.map(e => e.evaluatedAt)).size).toBe(1);
      expect(new Set(stored.map(e => e.status)).size).toBe(1);
      expect(await store.getLastRun(ENTITY)).toBe(stored[0].evaluatedAt);
    });

    it('lists due entities never evaluated first, then oldest, and pages past those left due', async () => {
      const knex = await databases.init(databaseId);
      const { evidence: store } = await createReadinessDatabase({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      const refs = ['a', 'b', 'c', 'd', 'e'].map(n => `component:default/${n}`);
      await knex('readiness_scores').insert(
        refs.map(ref => ({
          entity_ref: ref,
          kind: 'component',
          namespace: 'default',
          name: ref.split('/')[1],
          checklist_id: 'c',
          checklist_hash: 'h',
          level_rank: -1,
          earned: 0,
          possible: 0,
          questions: 3,
          answered: 0,
          stale: 0,
          not_applicable: 0,
          updated_at: '2026-01-01T00:00:00.000Z',
          scored_at: '2026-01-01T00:00:00.000Z',
        })),
      );
      // d oldest, then a; c evaluated after `before` is not due; b and e never.
      await store.recordRuns([
        {
          entityRef: refs[3],
          failures: [],
          evaluatedAt: '2026-01-01T00:00:00.000Z',
        },
      ]);
      await store.recordRuns([
        {
          entityRef: refs[0],
          failures: [],
          evaluatedAt: '2026-01-02T00:00:00.000Z',
        },
      ]);
      await store.recordRuns([
        {
          entityRef: refs[2],
          failures: [],
          evaluatedAt: '2026-02-01T00:00:00.000Z',
        },
      ]);
      const before = '2026-01-15T00:00:00.000Z';

      const all = await store.listDue({ before, limit: 10 });
      expect(all.map(due => due.entityRef)).toEqual([
        refs[1],
        refs[4],
        refs[3],
        refs[0],
      ]);
      const first = await store.listDue({ before, limit: 2 });
      const rest = await store.listDue({ before, limit: 10, after: first[1] });
      expect([...first, ...rest]).toEqual(all);
      expect(await store.listDue({ before, limit: 10, after: all[3] })).toEqual(
        [],
      );
    });
  },
);
