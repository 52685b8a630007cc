import { StoredEvidence } from './EvidenceStore';
import {
  AnswerWrite,
  ScoreFigures,
  ScoreSubject,
  StoredAnswer,
  StoredScore,
} from './ReadinessStore';

/** What a unit needs to know of the score it replaces. */
export type PreviousScore = Pick<
  StoredScore,
  'score' | 'level' | 'stale' | 'updatedAt'
>;

/** A score to store, with the catalog facts kept beside it. */
export type ScoreToSave = {
  subject: ScoreSubject;
  figures: ScoreFigures;
  /** When the answers last changed: now for a write, the stored score's time otherwise. */
  answersChangedAt: string;
  /** False when the subject's facts come from the stored row, not a fresh catalog read. */
  seenInCatalog: boolean;
};

/**
 * The reads and writes of one transaction that holds the write locks of a set of entities, so
 * a stored score always reflects every committed answer. The domain reads the answers, decides,
 * and saves the score through it; nothing is committed until the work returns.
 */
export interface ReadinessUnitOfWork {
  /** The people's answers of each entity (an empty list for an entity without any). */
  answersOf(entityRefs: string[]): Promise<Map<string, StoredAnswer[]>>;

  /** The automatic answers of each entity. */
  evidenceOf(entityRefs: string[]): Promise<Map<string, StoredEvidence[]>>;

  /** The stored scores of the entities that have one. */
  scoresOf(entityRefs: string[]): Promise<Map<string, PreviousScore>>;

  /**
   * Writes answers of one entity with their history. Each write must carry the version it read:
   * if an answer has moved on, a ConflictError is thrown and the transaction rolls back.
   */
  writeAnswers(options: {
    entityRef: string;
    writes: AnswerWrite[];
    actor: string;
    now: string;
  }): Promise<{
    written: StoredAnswer[];
    /** What each written answer replaced, in the same order; undefined for a first answer. */
    previous: (StoredAnswer | undefined)[];
  }>;

  /** Deletes a person's answer (checking its version) with a `cleared` history entry. */
  clearAnswer(options: {
    entityRef: string;
    questionId: string;
    expectedVersion: number;
    actor: string;
    now: string;
  }): Promise<StoredAnswer>;

  /**
   * Approves or rejects a pending exemption at the version read, as a new version with a
   * history entry by the approver. ConflictError when it is not pending or has moved on.
   */
  decideExemption(options: {
    entityRef: string;
    questionId: string;
    expectedVersion: number;
    decision: 'approved' | 'rejected';
    note?: string;
    actor: string;
    now: string;
  }): Promise<{ decided: StoredAnswer; replaced: StoredAnswer }>;

  /** Upserts scores and their section figures. */
  saveScores(scores: ScoreToSave[], scoredAt: string): Promise<StoredScore[]>;
}

/** Runs work as one {@link ReadinessUnitOfWork}. */
export interface ReadinessTransactions {
  /**
   * Runs `work` in one transaction holding the write locks of `entityRefs` (taken in one order,
   * so two units cannot deadlock); commits when it returns and rolls back when it throws.
   */
  inTransaction<T>(
    entityRefs: string[],
    work: (unit: ReadinessUnitOfWork) => Promise<T>,
  ): Promise<T>;
}
