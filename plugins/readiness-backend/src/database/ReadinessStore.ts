import {
  AnswerBeforeRequest,
  AnswerHistoryEntry,
  AnswerStatus,
  AssessmentState,
  EntityScore,
  ExemptionApproval,
  ReviewFilters,
  ScorePage as CommonScorePage,
  ReviewPopulation,
} from '@readiness/plugin-readiness-common';

/** An answer as stored, before staleness is judged. */
export type StoredAnswer = {
  entityRef: string;
  questionId: string;
  status: AnswerStatus;
  note?: string;
  links: string[];
  version: number;
  answeredBy: string;
  answeredAt: string;
  reviewedAt: string;
  /** When an N/A stops counting; absent when it does not expire. */
  expiresAt?: string;
  /** For an N/A that needs approval: where it stands, and who decided, when and why. */
  approval?: ExemptionApproval;
  /** Who wrote the exemption's reason and expiry; kept when someone confirms it unchanged. */
  requestedBy?: string;
  /** The answer an exemption request replaced; the question scores as it while pending. */
  beforeRequest?: AnswerBeforeRequest;
  decidedBy?: string;
  decidedAt?: string;
  decisionNote?: string;
};

/** One change to write; `expectedVersion` is the version the writer read (0 for no answer). */
export type AnswerWrite = {
  questionId: string;
  status: AnswerStatus;
  note?: string;
  links: string[];
  expectedVersion: number;
  /** When the answer was last checked, if earlier than the write (an import); defaults to now. */
  reviewedAt?: string;
  /** When an N/A stops counting. */
  expiresAt?: string;
  /** Whether an N/A needs approval before it counts (from the checklist). */
  needsApproval?: boolean;
};

/** Catalog facts kept beside a score so scores can be filtered and grouped without the catalog. */
export type ScoreSubject = {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  entityType?: string;
  owner?: string;
  system?: string;
  /** The domain of the entity's system. */
  domain?: string;
  lifecycle?: string;
  /** metadata.title, for people. */
  title?: string;
};

/** The figures of one checklist section. */
export type SectionFigures = {
  sectionId: string;
  score: number | null;
  earned: number;
  possible: number;
};

/** The scoring outcome as stored. */
export type ScoreFigures = {
  checklistId: string;
  checklistHash: string;
  score: number | null;
  level: string | null;
  levelRank: number;
  earned: number;
  possible: number;
  questions: number;
  /** Questions of the checklist that people answered. */
  answered: number;
  /** Questions that only an evidence provider answered. */
  automatic: number;
  assessment: AssessmentState;
  stale: number;
  notApplicable: number;
  nextStaleAt: string | null;
  /** Answers (by people or evidence) to questions the checklist does not ask of the entity. */
  orphaned: number;
  sections: SectionFigures[];
};

/** A stored score row (its section figures are stored beside it). */
export type StoredScore = ScoreSubject &
  Omit<ScoreFigures, 'sections' | 'orphaned'> & {
    updatedAt: string;
    scoredAt: string;
  };

/** One entry of an entity's answer history (the API's type). */
export type HistoryEntry = AnswerHistoryEntry;

/** Filters on the catalog facts stored with scores; each list matches any of its values. */
export type SubjectFilters = ReviewFilters & {
  /** Only entities people assessed; by default every entity in scope counts. */
  population?: ReviewPopulation;
  /**
   * Only these entities (lower-case refs): the ones the caller may read in the catalog, when
   * the catalog's permissions hide some from them.
   */
  visibleEntityRefs?: string[];
};

/** Filters for reading scores in bulk. All given filters must hold. */
export type ScoreQuery = SubjectFilters & {
  entityRefs?: string[];
  /** Level ids; the special id `none` selects entities below the first level. */
  levels?: string[];
  minScore?: number;
  maxScore?: number;
  /** Only scores computed at or after this ISO 8601 time (for incremental sync). */
  scoredSince?: string;
  /** Page size. */
  limit: number;
  /** Return rows after this entity ref (the `nextCursor` of the previous page). */
  cursor?: string;
  /** Only these fields of each score (the entity ref is always there); all when absent. */
  fields?: (keyof ScoreSummary)[];
};

/** The properties of a score the bulk endpoint returns: enough to filter, sort and show it. */
export type ScoreSummary = EntityScore;

/** A page of bulk scores: every property of each, or those asked for with `fields`. */
export type ScorePage = CommonScorePage<
  Partial<ScoreSummary> & Pick<ScoreSummary, 'entityRef'>
>;

/**
 * Reads of answers, their history and scores. Writes go through a `ReadinessUnitOfWork`.
 */
export interface ReadinessStore {
  getAnswers(entityRef: string): Promise<StoredAnswer[]>;

  getHistory(
    entityRef: string,
    options: { questionId?: string; limit: number; beforeId?: number },
  ): Promise<HistoryEntry[]>;

  queryScores(query: ScoreQuery): Promise<ScorePage>;

  /**
   * Scores whose checklist changed or whose answers may have gone stale since scoring, in
   * entity ref order, after the ref `after`.
   */
  listScoresToRefresh(options: {
    currentHashes: Record<string, string>;
    now: string;
    limit: number;
    after?: string;
  }): Promise<StoredScore[]>;
}
