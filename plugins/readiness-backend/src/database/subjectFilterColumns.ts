import {
  REVIEW_FILTER_FACTS,
  ReviewFilters,
  ReviewGroupBy,
} from '@readiness/plugin-readiness-common';

/**
 * The column of each catalog fact in the tables with the subject columns (scores, snapshots),
 * by which the review groups and filters: named after the fact, except the type (`type` is a
 * keyword).
 */
export const FACT_COLUMNS: Readonly<Record<ReviewGroupBy, string>> = {
  owner: 'owner',
  system: 'system',
  domain: 'domain',
  kind: 'kind',
  type: 'entity_type',
  lifecycle: 'lifecycle',
};

const COLUMNS = Object.entries(REVIEW_FILTER_FACTS).map(([filter, fact]) => ({
  filter: filter as keyof ReviewFilters,
  column: FACT_COLUMNS[fact],
}));

/**
 * The column conditions of catalog-fact filters on a table with the subject columns (scores,
 * snapshots): each filter with values, its column, and the values as stored (kinds are stored
 * lower-case). The one map from a filter to its column, for knex queries and raw SQL alike.
 */
export function subjectFilterColumns(
  filters: ReviewFilters,
): { column: string; values: string[] }[] {
  return COLUMNS.flatMap(({ filter, column }) => {
    const values = filters[filter];
    if (!values || values.length === 0) {
      return [];
    }
    return [
      {
        column,
        values:
          filter === 'kinds'
            ? values.map(v => v.toLocaleLowerCase('en-US'))
            : values,
      },
    ];
  });
}
