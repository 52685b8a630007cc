import { Knex } from 'knex';
import { SubjectFilters } from './ReadinessStore';
import { subjectFilterColumns } from './subjectFilterColumns';

/**
 * Narrows a query on a table with the subject columns (scores or snapshots) to the given
 * filters. `prefix` names the table when the query joins others.
 */
export function applySubjectFilters(
  builder: Knex.QueryBuilder,
  filters: SubjectFilters,
  prefix = '',
) {
  if (filters.visibleEntityRefs) {
    whereEntityRefIn(builder, `${prefix}entity_ref`, filters.visibleEntityRefs);
  }
  for (const { column, values } of subjectFilterColumns(filters)) {
    builder.whereIn(`${prefix}${column}`, values);
  }
  return builder;
}

/**
 * Narrows a query on the scores table to the subjects that count: those still in the catalog,
 * and only people-assessed ones when the population asks for that.
 */
export function applyPopulation(
  builder: Knex.QueryBuilder,
  filters: SubjectFilters,
  prefix = '',
) {
  builder.whereNull(`${prefix}removed_at`);
  if (filters.population === 'assessed') {
    builder.where(`${prefix}assessment`, 'assessed');
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
  if (refs.length === 1) {
    return builder.where(column, refs[0]);
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
