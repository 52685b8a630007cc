import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { CampaignStore } from './CampaignStore';
import { DatabaseCampaignStore } from './DatabaseCampaignStore';
import { DatabaseEvidenceStore } from './DatabaseEvidenceStore';
import { DatabaseReadinessStore } from './DatabaseReadinessStore';
import { DatabaseReviewStore } from './DatabaseReviewStore';
import { DatabaseSnapshotBackfillStore } from './DatabaseSnapshotBackfillStore';
import { DatabaseSubjectStore } from './DatabaseSubjectStore';
import { DatabaseTransactions } from './DatabaseUnitOfWork';
import { EvidenceStore } from './EvidenceStore';
import { ReadinessStore } from './ReadinessStore';
import { ReadinessTransactions } from './ReadinessUnitOfWork';
import { ReviewStore } from './ReviewStore';
import { SnapshotBackfillStore } from './SnapshotBackfillStore';
import { SubjectStore } from './SubjectStore';

const migrationsDir = resolvePackagePath(
  '@readiness/plugin-readiness-backend',
  'migrations',
);

/** Every store of the plugin, on one database whose schema is up to date. */
export type ReadinessDatabase = {
  answers: ReadinessStore;
  transactions: ReadinessTransactions;
  evidence: EvidenceStore;
  subjects: SubjectStore;
  review: ReviewStore;
  backfill: SnapshotBackfillStore;
  campaigns: CampaignStore;
};

/**
 * Opens the plugin's database: runs the migrations shipped in the package's `migrations`
 * folder once (unless the database service says to skip them) and returns the stores on it.
 */
export async function createReadinessDatabase(options: {
  database: DatabaseService;
  skipMigrations?: boolean;
}): Promise<ReadinessDatabase> {
  const { database } = options;
  const client = await database.getClient();
  if (!options.skipMigrations && !database.migrations?.skip) {
    await client.migrate.latest({ directory: migrationsDir });
  }
  const review = new DatabaseReviewStore(client);
  return {
    answers: new DatabaseReadinessStore(client),
    transactions: new DatabaseTransactions(client),
    evidence: new DatabaseEvidenceStore(client),
    subjects: new DatabaseSubjectStore(client),
    review,
    backfill: new DatabaseSnapshotBackfillStore(client, review),
    campaigns: new DatabaseCampaignStore(client),
  };
}
