import { AnswerStatus } from '@readiness/plugin-readiness-common';

/** One change of an answer, as the backfill replays it. */
export type HistoryEvent = {
  entityRef: string;
  questionId: string;
  status: AnswerStatus | 'cleared';
  changedBy: string;
  changedAt: string;
  /** When the answer was last reviewed; earlier than `changedAt` for an imported answer. */
  reviewedAt?: string;
};

/** A present subject's facts, as snapshots store them. */
export type SnapshotSubject = {
  entityRef: string;
  kind: string;
  entityType: string | null;
  owner: string | null;
  system: string | null;
  domain: string | null;
  lifecycle: string | null;
  checklistId: string;
};

/** One entity's row of one day's snapshot. */
export type SnapshotRow = SnapshotSubject & {
  day: string;
  score: number | null;
  level: string | null;
  answered: number;
  questions: number;
  stale: number;
};

/** What backfilling snapshots from the answer history reads and writes. */
export interface SnapshotBackfillStore {
  /** Whether any snapshot of a day before `day` exists. */
  hasSnapshotsBefore(day: string): Promise<boolean>;
  /** Every answer change, oldest first. */
  listHistory(): Promise<HistoryEvent[]>;
  /**
   * The earliest time any answer was recorded or reviewed, and when the latest change was
   * recorded; undefined when there is no history.
   */
  historySpan(): Promise<{ earliest: string; lastChange: string } | undefined>;
  /** The subjects still in the catalog. */
  listPresentSubjects(): Promise<SnapshotSubject[]>;
  /** Writes the rows of one day (replacing any) and its per-group figures. */
  writeSnapshotDay(day: string, rows: SnapshotRow[]): Promise<void>;
}
