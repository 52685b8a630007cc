import { Knex } from 'knex';
import { SubjectFilters } from './ReadinessStore';

const COLUMNS: Record<
  Exclude<keyof SubjectFilters, 'visibleEntityRefs'>,
  string
> = {
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
  if (filters.visibleEntityRefs) {
    whereEntityRefIn(builder, `${prefix}entity_ref`, filters.visibleEntityRefs);
  }
  for (const [key, column] of Object.entries(COLUMNS) as [
    Exclude<keyof SubjectFilters, 'visibleEntityRefs'>,
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

/**
 * `column IN (refs)` with the refs bound as one parameter, so that any number of refs (the
 * entities a caller may see can be tens of thousands) stays within the databases' limits on
 * bound parameters.
 */
export function whereEntityRefIn(
  builder: Knex.QueryBuilder,
  column: string,
  refs: string[],
) {
  if (refs.length === 0) {
    return builder.whereRaw('1 = 0');
  }
  const { client } = (
    builder as unknown as { client: { config: { client: string } } }
  ).client.config;
  return client === 'pg'
    ? builder.whereRaw('?? = ANY(?::text[])', [column, refs])
    : builder.whereRaw('?? IN (SELECT value FROM json_each(?))', [
        column,
        JSON.stringify(refs),
      ]);
}
