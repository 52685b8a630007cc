import { Knex } from 'knex';
import { SubjectFilters } from './ReadinessStore';

const COLUMNS: Record<keyof SubjectFilters, string> = {
  owners: 'owner',
  systems: 'system',
  domains: 'domain',
  kinds: 'kind',
  types: 'entity_type',
  lifecycles: 'lifecycle',
};

/**
 * Narrows a query on a table with the subject columns (scores or snapshots) to the given
 * filters. `prefix` names the table when the query joins others. Kinds are stored lower-case.
 */
export function applySubjectFilters(
  builder: Knex.QueryBuilder,
  filters: SubjectFilters,
  prefix = '',
) {
  for (const [key, column] of Object.entries(COLUMNS) as [
    keyof SubjectFilters,
    string,
  ][]) {
    const values = filters[key];
    if (values && values.length) {
      builder.whereIn(
        `${prefix}${column}`,
        key === 'kinds'
          ? values.map(v => v.toLocaleLowerCase('en-US'))
          : values,
      );
    }
  }
  return builder;
}
