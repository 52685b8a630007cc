import {
  ASSESSMENT_STATES,
  AssessmentState,
} from '../assessment/assessmentState';
import { READINESS_LABELS, scoreBandsBetween } from './catalogLabels';

/**
 * What a readiness filter selects: assessment states and levels (ids or `none`; each empty
 * means any) and a score range. A range narrower than 0 to 100 keeps scores with
 * `minScore <= score < maxScore` (a `maxScore` of 100 includes 100).
 *
 * @public
 */
export type ReadinessFilterValue = {
  assessments: AssessmentState[];
  levels: string[];
  minScore: number;
  maxScore: number;
};

/**
 * An entity's readiness as a filter sees it: `level` is a level id or `none`; `score` is null
 * when there is none (no question applies, or not scored yet).
 *
 * @public
 */
export type FilterableReadiness = {
  assessment: AssessmentState;
  level: string;
  score: number | null;
};

/**
 * The filter that selects every entity.
 *
 * @public
 */
export const EMPTY_READINESS_FILTER: ReadinessFilterValue = {
  assessments: [],
  levels: [],
  minScore: 0,
  maxScore: 100,
};

const isNarrowed = (v: ReadinessFilterValue) =>
  v.minScore > 0 || v.maxScore < 100;

/**
 * Whether the filter selects anything narrower than "everything".
 *
 * @public
 */
export function isReadinessFilterActive(value: ReadinessFilterValue): boolean {
  return (
    value.assessments.length > 0 || value.levels.length > 0 || isNarrowed(value)
  );
}

/**
 * The catalog query that selects the same entities, through the catalog module's labels.
 *
 * @public
 */
export function readinessCatalogFilters(
  value: ReadinessFilterValue,
): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  if (value.assessments.length) {
    filters[`metadata.labels.${READINESS_LABELS.assessment}`] =
      value.assessments;
  }
  if (value.levels.length) {
    filters[`metadata.labels.${READINESS_LABELS.level}`] = value.levels;
  }
  if (isNarrowed(value)) {
    filters[`metadata.labels.${READINESS_LABELS.scoreBand}`] =
      scoreBandsBetween(value.minScore, value.maxScore);
  }
  return filters;
}

/**
 * Whether an entity's readiness passes the filter; undefined readiness (no checklist applies)
 * passes only an inactive filter.
 *
 * @public
 */
export function matchesReadinessFilter(
  value: ReadinessFilterValue,
  readiness: FilterableReadiness | undefined,
): boolean {
  if (!isReadinessFilterActive(value)) {
    return true;
  }
  if (!readiness) {
    return false;
  }
  if (
    value.assessments.length &&
    !value.assessments.includes(readiness.assessment)
  ) {
    return false;
  }
  if (value.levels.length && !value.levels.includes(readiness.level)) {
    return false;
  }
  if (!isNarrowed(value)) {
    return true;
  }
  const { score } = readiness;
  return (
    score !== null &&
    score >= value.minScore &&
    (score < value.maxScore || (value.maxScore === 100 && score <= 100))
  );
}

/**
 * The filter's URL form: `assessment:not-started`, `level:gold`, `score:40-70`.
 *
 * @public
 */
export function readinessFilterToQuery(value: ReadinessFilterValue): string[] {
  const parts = [
    ...value.assessments.map(state => `assessment:${state}`),
    ...value.levels.map(level => `level:${level}`),
  ];
  if (isNarrowed(value)) {
    parts.push(`score:${value.minScore}-${value.maxScore}`);
  }
  return parts;
}

/**
 * Parses the filter's URL form, ignoring anything malformed.
 *
 * @public
 */
export function parseReadinessFilter(
  query: string | string[] | undefined,
): ReadinessFilterValue {
  const parts = query === undefined ? [] : ([] as string[]).concat(query);
  const value = {
    ...EMPTY_READINESS_FILTER,
    assessments: [] as AssessmentState[],
    levels: [] as string[],
  };
  for (const part of parts) {
    const state = /^assessment:(.+)$/.exec(part)?.[1] as AssessmentState;
    if (
      ASSESSMENT_STATES.includes(state) &&
      !value.assessments.includes(state)
    ) {
      value.assessments.push(state);
    }
    const level = /^level:([a-z0-9][a-z0-9._-]*)$/i.exec(part);
    if (level && !value.levels.includes(level[1])) {
      value.levels.push(level[1]);
    }
    const score = /^score:(\d{1,3})-(\d{1,3})$/.exec(part);
    if (score) {
      const [min, max] = [Number(score[1]), Number(score[2])];
      if (min <= max && max <= 100) {
        value.minScore = min;
        value.maxScore = max;
      }
    }
  }
  return value;
}
