import { API_VALUES } from '../generated/apiConstants';
import type { components } from '../generated/openapi';

/**
 * What the org-wide review can group by (generated from the API's `ReviewGroupBy` schema).
 *
 * @public
 */
export type ReviewGroupBy = components['schemas']['ReviewGroupBy'];

/**
 * Every {@link ReviewGroupBy}, in the order the review page offers them.
 *
 * @public
 */
export const REVIEW_GROUP_BYS: readonly ReviewGroupBy[] =
  API_VALUES.ReviewGroupBy;

/**
 * Narrows the review to entities with these catalog facts; each list matches any of its values (generated from the API's `ReviewFilters` schema).
 *
 * @public
 */
export type ReviewFilters = components['schemas']['ReviewFilters'];

/**
 * Which entities the review's scores and figures are computed over: all in scope, or the assessed ones (generated from the API's `ReviewPopulation` schema).
 *
 * @public
 */
export type ReviewPopulation = components['schemas']['ReviewPopulation'];

/**
 * How many entities in scope there are, by assessment state (generated from the API's `ReviewCoverage` schema).
 *
 * @public
 */
export type ReviewCoverage = components['schemas']['ReviewCoverage'];

/**
 * Figures over a set of entities: coverage, scores and levels (`none` counts those below the first level) (generated from the API's `ReviewFigures` schema).
 *
 * @public
 */
export type ReviewFigures = components['schemas']['ReviewFigures'];

/**
 * The figures of one group; `key` is null for entities without a value (generated from the API's `ReviewGroup` schema).
 *
 * @public
 */
export type ReviewGroup = components['schemas']['ReviewGroup'];

/**
 * The average score of one checklist section within one group (generated from the API's `SectionCell` schema).
 *
 * @public
 */
export type SectionCell = components['schemas']['SectionCell'];

/**
 * How the population answered one question (generated from the API's `QuestionFigures` schema).
 *
 * @public
 */
export type QuestionFigures = components['schemas']['QuestionFigures'];

/**
 * The org-wide review in one response (generated from the API's `ReadinessReport` schema).
 *
 * @public
 */
export type ReadinessReport = components['schemas']['ReadinessReport'];

/**
 * One day of one group in a trend (generated from the API's `TrendPoint` schema).
 *
 * @public
 */
export type TrendPoint = components['schemas']['TrendPoint'];

/**
 * Trends from the daily snapshots (generated from the API's `ReadinessTrends` schema).
 *
 * @public
 */
export type ReadinessTrends = components['schemas']['ReadinessTrends'];

/**
 * One entity's score on one day, from the daily snapshots (generated from the API's `EntityTrendPoint` schema).
 *
 * @public
 */
export type EntityTrendPoint = components['schemas']['EntityTrendPoint'];

/**
 * One exemption on the review page: an N/A waiting for approval, or one that expires soon (generated from the API's `ExemptionItem` schema).
 *
 * @public
 */
export type ExemptionItem = components['schemas']['ExemptionItem'];

/**
 * The exemptions the review page lists, waiting and expiring, each with its total (generated from the API's `ReviewExemptions` schema).
 *
 * @public
 */
export type ReviewExemptions = components['schemas']['ReviewExemptions'];

/**
 * An entity whose automatic evidence could not be checked at its last run: which provider, since when, why (generated from the API's `EvidenceProblemItem` schema).
 *
 * @public
 */
export type EvidenceProblemItem = components['schemas']['EvidenceProblemItem'];

/**
 * The entities whose evidence could not be checked, longest failing first (generated from the API's `ReviewEvidenceProblems` schema).
 *
 * @public
 */
export type ReviewEvidenceProblems =
  components['schemas']['ReviewEvidenceProblems'];
