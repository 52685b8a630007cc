import { ReviewGroupBy } from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { applyPopulation, applySubjectFilters } from '../applySubjectFilters';
import { SubjectFilters } from '../ReadinessStore';
import { GroupFigures, SectionSums, SubjectCount } from '../ReviewStore';
import { SCORES, SECTION_SCORES } from '../tables';
import { figureColumns, levelCounts, num, numOrNull } from './reviewColumns';
import { FACT_COLUMNS } from '../subjectFilterColumns';

/* The review's figures per group, per section, its facets and its subjects, each a GROUP BY. */

export async function getFigures(
  db: Knex,
  options: {
    filters: SubjectFilters;
    groupBy: ReviewGroupBy;
    levelIds: string[];
  },
): Promise<GroupFigures[]> {
  const { filters, groupBy, levelIds } = options;
  const counted =
    filters.population === 'assessed' ? "assessment = 'assessed'" : '1 = 1';
  const state = (value: string, alias: string) =>
    db.raw(
      `SUM(CASE WHEN assessment = '${value}' THEN 1 ELSE 0 END) AS ${alias}`,
    );
  const query = db(SCORES).select([
    db.raw('COUNT(*) AS in_scope'),
    state('assessed', 'assessed'),
    state('automatic', 'automatic'),
    state('not-started', 'not_started'),
    ...figureColumns(db, levelIds, '', counted),
    db.raw(`SUM(CASE WHEN ${counted} THEN stale ELSE 0 END) AS stale_answers`),
    db.raw(
      `SUM(CASE WHEN ${counted} AND stale > 0 THEN 1 ELSE 0 END) AS entities_with_stale`,
    ),
    db.raw(`SUM(CASE WHEN ${counted} THEN score END) AS score_sum`),
    db.raw(`COUNT(CASE WHEN ${counted} THEN score END) AS scored`),
  ]);
  // Coverage counts every subject in scope, whatever the population of the scores.
  applySubjectFilters(query, filters);
  applyPopulation(query, { ...filters, population: 'all' });
  query.select({ key: FACT_COLUMNS[groupBy] }).groupBy(FACT_COLUMNS[groupBy]);
  const rows: Record<string, unknown>[] = await query;
  return rows
    .filter(row => num(row.in_scope) > 0)
    .map(row => ({
      key: (row.key as string | null | undefined) ?? null,
      coverage: {
        inScope: num(row.in_scope),
        assessed: num(row.assessed),
        automatic: num(row.automatic),
        notStarted: num(row.not_started),
      },
      entities: num(row.entities),
      averageScore: numOrNull(row.average_score),
      minScore: numOrNull(row.min_score),
      maxScore: numOrNull(row.max_score),
      levels: levelCounts(row, levelIds),
      staleAnswers: num(row.stale_answers),
      entitiesWithStale: num(row.entities_with_stale),
      scoreSum: num(row.score_sum),
      scored: num(row.scored),
    }));
}

export async function getSectionSums(
  db: Knex,
  options: {
    filters: SubjectFilters;
    groupBy: ReviewGroupBy;
  },
): Promise<SectionSums[]> {
  const { filters, groupBy } = options;
  const column = `s.${FACT_COLUMNS[groupBy]}`;
  const query = db(`${SECTION_SCORES} as ss`)
    .join(`${SCORES} as s`, 's.entity_ref', 'ss.entity_ref')
    .select(
      'ss.section_id',
      { key: column },
      db.raw('SUM(ss.score) AS score_sum'),
      db.raw('COUNT(ss.score) AS entities'),
    )
    .groupBy('ss.section_id', column);
  applySubjectFilters(query, filters, 's.');
  applyPopulation(query, filters, 's.');
  const rows: Record<string, unknown>[] = await query;
  return rows.map(row => ({
    key: (row.key as string | null | undefined) ?? null,
    sectionId: row.section_id as string,
    scoreSum: num(row.score_sum),
    entities: num(row.entities),
  }));
}

export async function getFacets(
  db: Knex,

  filters: SubjectFilters,
): Promise<Record<ReviewGroupBy, string[]>> {
  const groupings = Object.entries(FACT_COLUMNS) as [ReviewGroupBy, string][];
  const scores = () =>
    applySubjectFilters(
      applyPopulation(db(SCORES), { population: 'all' }),
      filters,
    );
  if (db.client.config.client === 'pg') {
    // One scan for every grouping. In a row of one grouping set the other columns are null,
    // and null values are not facets, so each row's one non-null column is its facet value.
    const columns = groupings.map(([, column]) => column);
    const rows: Record<string, unknown>[] = await scores()
      .select(columns)
      .groupByRaw(`GROUPING SETS (${columns.map(c => `(${c})`).join(', ')})`)
      .orderBy(columns);
    return Object.fromEntries(
      groupings.map(([groupBy, column]) => [
        groupBy,
        rows
          .filter(row => row[column] !== null)
          .map(row => row[column] as string),
      ]),
    ) as Record<ReviewGroupBy, string[]>;
  }
  const entries = await Promise.all(
    groupings.map(async ([groupBy, column]) => {
      const rows: Record<string, unknown>[] = await scores()
        .distinct(column)
        .whereNotNull(column)
        .orderBy(column);
      return [groupBy, rows.map(row => row[column] as string)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<ReviewGroupBy, string[]>;
}

export async function countSubjects(
  db: Knex,
  filters: SubjectFilters,
): Promise<SubjectCount[]> {
  const query = db(SCORES)
    .select(
      'checklist_id',
      'kind',
      'entity_type',
      db.raw('COUNT(*) AS entities'),
    )
    .groupBy('checklist_id', 'kind', 'entity_type');
  applySubjectFilters(query, filters);
  applyPopulation(query, filters);
  const rows: Record<string, unknown>[] = await query;
  return rows.map(row => ({
    checklistId: row.checklist_id as string,
    kind: row.kind as string,
    entityType: (row.entity_type as string | null) ?? null,
    entities: num(row.entities),
  }));
}
