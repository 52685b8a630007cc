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
          store.replaceEvidence(ENTITY, evidence(run.status), run.at),
        ),
      );

      const stored = await store.getEvidence(ENTITY);
      expect(stored).toHaveLength(3);
      // One run's evidence, whole: never a mix of two runs.
      expect(new Set(stored.map(e => e.evaluatedAt)).size).toBe(1);
      expect(new Set(stored.map(e => e.status)).size).toBe(1);
      expect(await store.getLastRun(ENTITY)).toBe(stored[0].evaluatedAt);
    });
  },
);
