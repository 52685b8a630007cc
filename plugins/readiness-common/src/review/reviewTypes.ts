import { EvidenceProblem } from '../types';
/**
 * What the org-wide review can group by.
 *
 * @public
 */
export type ReviewGroupBy =
  | 'owner'
  | 'system'
  | 'domain'
  | 'kind'
  | 'type'
  | 'lifecycle';

/**
 * Every {@link ReviewGroupBy}, in the order the review page offers them.
 *
 * @public
 */
export const REVIEW_GROUP_BYS: readonly ReviewGroupBy[] = [
  'owner',
  'system',
  'domain',
  'kind',
  'type',
  'lifecycle',
];

/**
 * Narrows the review to entities with these catalog facts; each list matches any of its values.
 *
 * @public
 */
export type ReviewFilters = {
  owners?: string[];
  systems?: string[];
  domains?: string[];
  kinds?: string[];
  types?: string[];
  lifecycles?: string[];
};

/**
 * Which entities the review's scores, levels and section and question figures are computed
 * over: every entity in scope (whatever its assessment state), or those people assessed.
 * Coverage always counts every entity in scope.
 *
 * @public
 */
export type ReviewPopulation = 'all' | 'assessed';

/**
 * How many entities in scope there are, by assessment state.
 *
 * @public
 */
export type ReviewCoverage = {
  inScope: number;
  assessed: number;
  automatic: number;
  notStarted: number;
};

/**
 * Figures over a set of entities: the coverage of every entity in scope, and the scores over
 * the report's population (`entities` of them). `levels` counts entities per level id, with
 * `none` for those below the first level.
 *
 * @public
 */
export type ReviewFigures = {
  coverage: ReviewCoverage;
  /** Entities of the population: all in scope, or the assessed ones. */
  entities: number;
  averageScore: number | null;
  minScore: number | null;
  maxScore: number | null;
  levels: Record<string, number>;
  /** Answers that went stale, summed over the entities. */
  staleAnswers: number;
  /** Entities with at least one stale answer. */
  entitiesWithStale: number;
};

/**
 * The figures of one group; `key` is null for entities without a value (no owner, ...).
 *
 * @public
 */
export type ReviewGroup = ReviewFigures & { key: string | null };

/**
 * The average score of one checklist section within one group.
 *
 * @public
 */
export type SectionCell = {
  key: string | null;
  sectionId: string;
  averageScore: number | null;
  entities: number;
};

/**
 * How the population answered one question, counting a person's answer where there is one and
 * the automatic answer otherwise (as the tab and the scores do). `entities` is how many
 * entities the question applies to; `unanswered` have neither answer; `automatic` of the
 * answers came from evidence; `stale` answers are counted there and not under their status.
 *
 * @public
 */
export type QuestionFigures = {
  checklistId: string;
  questionId: string;
  sectionId: string;
  text: string;
  entities: number;
  yes: number;
  partial: number;
  no: number;
  na: number;
  stale: number;
  automatic: number;
  unanswered: number;
};

/**
 * The org-wide review in one response.
 *
 * @public
 */
export type ReadinessReport = {
  groupBy: ReviewGroupBy;
  filters: ReviewFilters;
  population: ReviewPopulation;
  totals: ReviewFigures;
  groups: ReviewGroup[];
  sections: { id: string; title: string }[];
  /** Average section scores per group (the section x group heat map) and overall (key `*`). */
  sectionScores: SectionCell[];
  questions: QuestionFigures[];
  levels: { id: string; title: string; minScore: number }[];
  /** Every value of each grouping among the entities in scope, for filter choices. */
  facets: Record<ReviewGroupBy, string[]>;
  generatedAt: string;
};

/**
 * One day of one group in a trend.
 *
 * @public
 */
export type TrendPoint = {
  day: string;
  key: string | null;
  entities: number;
  averageScore: number | null;
  levels: Record<string, number>;
};

/**
 * Trends from the daily snapshots.
 *
 * @public
 */
export type ReadinessTrends = {
  groupBy: ReviewGroupBy | 'all';
  from: string;
  points: TrendPoint[];
};

/**
 * One entity's score on one day, from the daily snapshots.
 *
 * @public
 */
export type EntityTrendPoint = {
  day: string;
  score: number | null;
  level: string | null;
};

/**
 * One exemption on the review page: an N/A waiting for approval, or one that expires soon.
 *
 * @public
 */
export type ExemptionItem = {
  entityRef: string;
  /** The entity's title, if it has one. */
  title?: string;
  owner?: string;
  questionId: string;
  /** The question as the entity's checklist asks it. */
  questionText: string;
  /** The reason given for the N/A. */
  note?: string;
  answeredBy: string;
  answeredAt: string;
  expiresAt?: string;
  approval?: 'pending' | 'approved' | 'rejected';
  version: number;
};

/**
 * The exemptions the review page lists: those waiting for approval (oldest first) and those
 * expiring within `expiringWithinDays` (soonest first), each with its total.
 *
 * @public
 */
export type ReviewExemptions = {
  pending: { items: ExemptionItem[]; totalCount: number };
  expiring: { items: ExemptionItem[]; totalCount: number };
  expiringWithinDays: number;
};

/**
 * An entity whose automatic evidence could not be checked at its last run (its repository could
 * not be read, say): which provider, since when, why. Its earlier automatic answers are kept.
 *
 * @public
 */
export type EvidenceProblemItem = EvidenceProblem & {
  entityRef: string;
  /** The entity's title, if it has one. */
  title?: string;
  owner?: string;
};

/**
 * The entities whose evidence could not be checked, longest failing first.
 *
 * @public
 */
export type ReviewEvidenceProblems = {
  items: EvidenceProblemItem[];
  totalCount: number;
};
