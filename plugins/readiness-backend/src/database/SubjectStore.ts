import { StoredEvidence } from './EvidenceStore';
import {
  ScoreFigures,
  ScoreSubject,
  StoredAnswer,
  StoredScore,
} from './ReadinessStore';

/** A stored subject, as the reconcile compares it with the catalog. */
export type StoredSubject = ScoreSubject & {
  checklistId: string;
  removedAt?: string;
};

/** Computes a subject's figures from its people's and automatic answers. */
export type SubjectScoreFunction = (
  subject: ScoreSubject,
  answers: StoredAnswer[],
  evidence: StoredEvidence[],
) => ScoreFigures;

/**
 * The readiness subjects: one stored score row for every catalog entity a checklist applies
 * to, kept in step with the catalog by the reconcile.
 */
export interface SubjectStore {
  /** The stored subjects among the given refs, removed ones included. */
  getSubjects(entityRefs: string[]): Promise<Map<string, StoredSubject>>;

  /** Records that the catalog still shows these subjects, unchanged. */
  markSeen(entityRefs: string[], seenAt: string): Promise<void>;

  /**
   * Stores the subjects' facts and rescores them against their answers and evidence, in one
   * transaction that holds each subject's write lock; they count as seen (and present) now.
   */
  rescoreSubjects(
    subjects: ScoreSubject[],
    computeScore: SubjectScoreFunction,
    now: string,
  ): Promise<StoredScore[]>;

  /** Marks present subjects not seen since `seenBefore` as removed; returns their refs. */
  markUnseenRemoved(seenBefore: string, now: string): Promise<string[]>;

  /** Subjects that left the catalog, most recently removed first. */
  listRemoved(limit: number): Promise<(StoredScore & { removedAt: string })[]>;
}
