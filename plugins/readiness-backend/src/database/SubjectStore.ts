import { ScoreSubject, StoredScore } from './ReadinessStore';

/** A stored subject, as the reconcile compares it with the catalog. */
export type StoredSubject = ScoreSubject & {
  checklistId: string;
  removedAt?: string;
};

/**
 * The readiness subjects: one stored score row for every catalog entity a checklist applies
 * to, kept in step with the catalog by the reconcile (which rescores them through a
 * `ReadinessUnitOfWork`).
 */
export interface SubjectStore {
  /** The stored subjects among the given refs, removed ones included. */
  getSubjects(entityRefs: string[]): Promise<Map<string, StoredSubject>>;

  /** Records that the catalog still shows these subjects, unchanged. */
  markSeen(entityRefs: string[], seenAt: string): Promise<void>;

  /** Marks present subjects not seen since `seenBefore` as removed; returns their refs. */
  markUnseenRemoved(seenBefore: string, now: string): Promise<string[]>;

  /** Subjects that left the catalog, most recently removed first. */
  listRemoved(limit: number): Promise<(StoredScore & { removedAt: string })[]>;
}
