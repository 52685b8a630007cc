import { Entity } from '@backstage/catalog-model';
import { EntityFilter } from '@backstage/plugin-catalog-react';
import {
  READINESS_LABELS,
  scoreBandsBetween,
} from '@readiness/plugin-readiness-common';
import { ReadinessSource, readinessOf } from './entityReadiness';

/**
 * What the readiness filter selects: levels (ids, `none`, `not-assessed`; empty means any) and
 * a score range. A range narrower than 0 to 100 keeps scores with `minScore <= score < maxScore`
 * (a `maxScore` of 100 includes 100) and so leaves out entities that are not assessed.
 *
 * @public
 */
export type ReadinessFilterValue = {
  levels: string[];
  minScore: number;
  maxScore: number;
};

/** @public */
export const EMPTY_READINESS_FILTER: ReadinessFilterValue = {
  levels: [],
  minScore: 0,
  maxScore: 100,
};

const isNarrowed = (v: ReadinessFilterValue) =>
  v.minScore > 0 || v.maxScore < 100;

/**
 * Parses the filter's URL form (`level:gold`, `score:40-70`), ignoring anything malformed.
 *
 * @public
 */
export function parseReadinessFilter(
  query: string | string[] | undefined,
): ReadinessFilterValue {
  const parts = query === undefined ? [] : ([] as string[]).concat(query);
  const value = { ...EMPTY_READINESS_FILTER, levels: [] as string[] };
  for (const part of parts) {
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

/**
 * The catalog filter for readiness. With the catalog module's labels it narrows the catalog's
 * own query (server-side, so it works with pagination); without them it filters in the browser
 * against scores loaded in one request.
 *
 * @public
 */
export class ReadinessFilter implements EntityFilter {
  constructor(
    readonly value: ReadinessFilterValue,
    private readonly source: ReadinessSource,
  ) {}

  /** Whether the filter selects anything narrower than "everything". */
  get isActive(): boolean {
    return this.value.levels.length > 0 || isNarrowed(this.value);
  }

  getCatalogFilters(): Record<string, string[]> {
    if (this.source.mode !== 'labels' || !this.isActive) {
      return {};
    }
    const filters: Record<string, string[]> = {};
    if (this.value.levels.length) {
      filters[`metadata.labels.${READINESS_LABELS.level}`] = this.value.levels;
    }
    if (isNarrowed(this.value)) {
      filters[`metadata.labels.${READINESS_LABELS.scoreBand}`] =
        scoreBandsBetween(this.value.minScore, this.value.maxScore);
    }
    return filters;
  }

  filterEntity(entity: Entity): boolean {
    if (!this.isActive) {
      return true;
    }
    const readiness = readinessOf(entity, this.source);
    if (!readiness) {
      return false;
    }
    const { levels, minScore, maxScore } = this.value;
    if (levels.length && !levels.includes(readiness.level)) {
      return false;
    }
    if (isNarrowed(this.value)) {
      const { score } = readiness;
      return (
        score !== null &&
        score >= minScore &&
        (score < maxScore || (maxScore === 100 && score <= 100))
      );
    }
    return true;
  }

  toQueryValue(): string[] {
    const parts = this.value.levels.map(level => `level:${level}`);
    if (isNarrowed(this.value)) {
      parts.push(`score:${this.value.minScore}-${this.value.maxScore}`);
    }
    return parts;
  }
}
