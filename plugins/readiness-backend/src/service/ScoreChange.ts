/**
 * A stored score that was just recomputed, by a write or by the refresh task.
 * `previousLevel` is undefined when the score did not exist before.
 */
export type ScoreChange = {
  /**
   * What recomputed it: a person's write or clear, new evidence, the refresh task (stale
   * answers, a changed checklist) or the catalog reconcile (new, changed or returned entities).
   */
  cause?: 'person' | 'evidence' | 'refresh' | 'reconcile';
  entityRef: string;
  score: number | null;
  level: string | null;
  previousLevel?: string | null;
  /** The entity's owner, as stored with the score. */
  owner?: string;
  /** Stale answers now, and before the change (refresh task only). */
  stale?: number;
  previousStale?: number;
};

/** Something that reacts to recomputed scores; it must not throw into the write path. */
export type ScoreChangeListener = (changes: ScoreChange[]) => void;
