import { ChecklistTarget } from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { SubjectFilters } from '../ReadinessStore';

/*
 * What the review's queries share: how targets and filters become
 * conditions, the figure columns and how their numbers are read.
 */

// A visible-entities list narrows the figures even when it is empty (nothing visible). The
// population is not a subject filter.
export const hasSubjectFilters = ({
  population: _p,
  ...filters
}: SubjectFilters) =>
  filters.visibleEntityRefs !== undefined ||
  Object.values(filters).some(values => values && values.length > 0);

/**
 * The subjects the targets match, as `matchesTargets` matches them: kinds case-insensitively,
 * types exactly (a subject without a type matches only targets without types).
 */
export function matchingTargets(
  builder: Knex.QueryBuilder,
  targets: ChecklistTarget[],
) {
  for (const target of targets) {
    builder.orWhere(inner => {
      inner.whereRaw('LOWER(s.kind) = ?', [
        target.kind.toLocaleLowerCase('en-US'),
      ]);
      if (target.types) {
        inner.whereRaw(
          `COALESCE(s.entity_type, '') IN (${target.types
            .map(() => '?')
            .join(', ')})`,
          target.types,
        );
      }
    });
  }
  return builder;
}

/** PostgreSQL returns counts and averages as strings. */
export const num = (value: unknown) => Number(value ?? 0);
export const numOrNull = (value: unknown) =>
  value === null || value === undefined
    ? null
    : Math.round(Number(value) * 10) / 10;

/**
 * The select list shared by current figures and trends. `counted` is the SQL condition of the
 * population the figures are over (the coverage columns count every row).
 */
export function figureColumns(
  db: Knex,
  levelIds: string[],
  prefix = '',
  counted = '1 = 1',
) {
  return [
    db.raw(`SUM(CASE WHEN ${counted} THEN 1 ELSE 0 END) AS entities`),
    db.raw(
      `AVG(CASE WHEN ${counted} THEN ${prefix}score END) AS average_score`,
    ),
    db.raw(`MIN(CASE WHEN ${counted} THEN ${prefix}score END) AS min_score`),
    db.raw(`MAX(CASE WHEN ${counted} THEN ${prefix}score END) AS max_score`),
    db.raw(
      `SUM(CASE WHEN ${counted} AND ${prefix}level IS NULL THEN 1 ELSE 0 END) AS level_none`,
    ),
    ...levelIds.map((id, i) =>
      db.raw(
        `SUM(CASE WHEN ${counted} AND ${prefix}level = ? THEN 1 ELSE 0 END) AS level_${i}`,
        [id],
      ),
    ),
  ];
}

export function levelCounts(row: Record<string, unknown>, levelIds: string[]) {
  const levels: Record<string, number> = { none: num(row.level_none) };
  levelIds.forEach((id, i) => {
    levels[id] = num(row[`level_${i}`]);
  });
  return levels;
}
