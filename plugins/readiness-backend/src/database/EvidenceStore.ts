import { SubjectFilters } from './ReadinessStore';
import { AnswerStatus } from '@readiness/plugin-readiness-common';

/** An automatic answer as stored. */
export type StoredEvidence = {
  entityRef: string;
  questionId: string;
  providerId: string;
  status: AnswerStatus;
  note: string;
  links: string[];
  evaluatedAt: string;
};

/** A provider that could not gather its evidence for an entity, since when and why. */
export type EvidenceProblem = {
  entityRef: string;
  providerId: string;
  /** What it tried: "read the repository". */
  attempted: string;
  reason: string;
  failingSince: string;
  lastAttemptAt: string;
};

/** A failed provider of one run: what it tried and why it failed. */
export type ProviderFailure = Pick<
  EvidenceProblem,
  'providerId' | 'attempted' | 'reason'
>;

/** Persistence of automatic answers. */
export interface EvidenceStore {
  getEvidence(entityRef: string): Promise<StoredEvidence[]>;
  /** The evidence of several entities, by ref (every ref is a key). */
  getEvidenceOf(entityRefs: string[]): Promise<Map<string, StoredEvidence[]>>;
  /** The providers that could not gather the entity's evidence at their last run. */
  getProblems(entityRef: string): Promise<EvidenceProblem[]>;
  /** The problems of the entities the filters select, longest failing first. */
  listProblems(options: { filters?: SubjectFilters; limit: number }): Promise<{
    items: (EvidenceProblem & { title?: string; owner?: string })[];
    totalCount: number;
  }>;
  /** When the entity's evidence was last evaluated, if ever. */
  getLastRun(entityRef: string): Promise<string | undefined>;
  /**
   * Entities in the catalog (readiness subjects) whose evidence was last evaluated before
   * `before`, or never: never evaluated first, then oldest first, then by ref. `after` (the
   * last of the previous page) continues past entities a run tried and left due.
   */
  listDue(options: {
    before: string;
    limit: number;
    after?: DueEntity;
  }): Promise<DueEntity[]>;
  /**
   * Records the runs of several entities in one transaction: each entity's evidence is replaced
   * by what its run found or, when it found what is stored (`evidence` left out), confirmed at
   * the run's time. Providers that failed keep their problem's first time (`failingSince`);
   * those that succeeded lose theirs.
   */
  recordRuns(runs: EvidenceRun[]): Promise<void>;
}

/** One entity's evidence run, as stored by `recordRuns`. */
export type EvidenceRun = {
  entityRef: string;
  /** What the run found; left out when it is what is stored. */
  evidence?: Omit<StoredEvidence, 'entityRef' | 'evaluatedAt'>[];
  failures: ProviderFailure[];
  evaluatedAt: string;
};

/** An entity whose evidence is due, with its place in the queue: `lastRunAt` is '' if never. */
export type DueEntity = { entityRef: string; lastRunAt: string };
