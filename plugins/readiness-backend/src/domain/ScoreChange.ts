/** What recomputed a stored score. */
export type ScoreChangeCause =
  /** A person wrote or cleared an answer. */
  | 'person'
  /** An evidence run changed the automatic answers. */
  | 'evidence'
  /** The refresh task: answers went stale, or the checklist changed. */
  | 'refresh'
  /** The catalog reconcile: a new, changed or returning entity. */
  | 'reconcile';

/** The figures of a score that listeners compare. */
export type ScoreFiguresSeen = {
  score: number | null;
  level: string | null;
  /** Answers past their review interval. */
  stale: number;
};

/** A stored score that was just recomputed and committed. */
export type ScoreChange = ScoreFiguresSeen & {
  cause: ScoreChangeCause;
  entityRef: string;
  /** The entity's owner, as stored with the score. */
  owner?: string;
  /**
   * The score before; absent when the entity had none, and for a person's change (they made
   * it, and nobody is told about their own change).
   */
  previous?: ScoreFiguresSeen;
};

/** Something that reacts to recomputed scores. */
export type ScoreChangeListener = (changes: ScoreChange[]) => void;
