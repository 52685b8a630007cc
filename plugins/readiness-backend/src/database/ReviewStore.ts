import { SubjectFilters } from './ReadinessStore';
import {
  ChecklistTarget,
  EntityTrendPoint,
  ExemptionItem,
  QuestionFigures,
  ReviewFigures,
  ReviewGroupBy,
  SectionCell,
  TrendPoint,
} from '@readiness/plugin-readiness-common';

/**
 * Answer counts for one question id among the filtered entities, as the review shows them
 * (`automatic`: of the answers counted, those that came from evidence); the service adds the
 * checklist's facts and derives `unanswered`.
 */
export type QuestionCounts = Pick<
  QuestionFigures,
  'questionId' | 'yes' | 'partial' | 'no' | 'na' | 'stale' | 'automatic'
>;

/** The scored entities of one section in one group, and the sum of their section scores. */
export type SectionSums = Omit<SectionCell, 'averageScore'> & {
  scoreSum: number;
};

/**
 * The figures of one group, with the sum and count of its (non-null) scores so groups can be
 * added up.
 */
export type GroupFigures = ReviewFigures & {
  key: string | null;
  scoreSum: number;
  scored: number;
};

/** Questions of a checklist asked only of the entities the targets match. */
export type TargetedQuestions = {
  checklistId: string;
  questionIds: string[];
  targets: ChecklistTarget[];
};

/** How many filtered entities of one kind and type use a checklist. */
export type SubjectCount = {
  checklistId: string;
  kind: string;
  entityType: string | null;
  entities: number;
};

/** An exemption as stored, with its entity's checklist (for the question text). */
export type StoredExemption = Omit<ExemptionItem, 'questionText'> & {
  checklistId: string;
};

/** Aggregates over stored scores, answers and snapshots, all computed in SQL. */
export interface ReviewStore {
  /** Figures per group; the service adds them up for the totals, so one scan gives both. */
  getFigures(options: {
    filters: SubjectFilters;
    groupBy: ReviewGroupBy;
    levelIds: string[];
  }): Promise<GroupFigures[]>;

  /**
   * Section score sums and counts per group: one scan, from which the service derives both the
   * groups' and the overall averages.
   */
  getSectionSums(options: {
    filters: SubjectFilters;
    groupBy: ReviewGroupBy;
  }): Promise<SectionSums[]>;

  /**
   * How the filtered entities answered each question; answers reviewed before `staleBefore`,
   * and N/As whose exemption expired before `now`, count as stale.
   */
  getQuestionCounts(options: {
    filters: SubjectFilters;
    staleBefore: string;
    /** Questions asked of only some entities: answers of the others are not counted. */
    targeted?: TargetedQuestions[];
    /** Now, for exemptions that have expired (ISO 8601). */
    now: string;
  }): Promise<QuestionCounts[]>;

  /** The distinct values of each grouping among the filtered stored scores. */
  getFacets(filters: SubjectFilters): Promise<Record<ReviewGroupBy, string[]>>;

  /** How many filtered entities use each checklist, by kind and type. */
  countSubjects(filters: SubjectFilters): Promise<SubjectCount[]>;

  /** Copies every stored score into the snapshot of `day`, replacing earlier copies of that day; returns the rows written. */
  takeSnapshot(day: string): Promise<number>;

  /** Deletes snapshots of days before `day`; returns the rows deleted. */
  pruneSnapshots(beforeDay: string): Promise<number>;

  /** One entity's snapshots since `fromDay`, oldest first. */
  getEntityTrend(
    entityRef: string,
    fromDay: string,
  ): Promise<EntityTrendPoint[]>;

  /**
   * Exemptions of the filtered, present entities: waiting for approval (oldest first), and
   * N/As expiring after `now` and by `expiringBy` (soonest first), at most `limit` of each.
   */
  listExemptions(options: {
    filters: SubjectFilters;
    now: string;
    expiringBy: string;
    limit: number;
  }): Promise<{
    pending: { items: StoredExemption[]; totalCount: number };
    expiring: { items: StoredExemption[]; totalCount: number };
  }>;

  /** Per-day figures from the snapshots since `fromDay`, per group or overall. */
  getTrends(options: {
    filters: SubjectFilters;
    groupBy?: ReviewGroupBy;
    fromDay: string;
    levelIds: string[];
  }): Promise<TrendPoint[]>;
}
