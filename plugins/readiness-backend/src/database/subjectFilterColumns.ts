import {
  REVIEW_FILTER_FACTS,
  ReviewFilters,
} from '@readiness/plugin-readiness-common';

// Each filter's column is named after its catalog fact, except the type (`type` is a keyword).
const COLUMNS = Object.entries(REVIEW_FILTER_FACTS).map(([filter, fact]) => ({
  filter: filter as keyof ReviewFilters,
  column: fact === 'type' ? 'entity_type' : fact,
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
