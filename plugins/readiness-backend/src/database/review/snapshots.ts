import { ReviewGroupBy, TrendPoint } from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { applySubjectFilters } from '../applySubjectFilters';
import { SubjectFilters } from '../ReadinessStore';
import { SCORES, SNAPSHOT_GROUPS, SNAPSHOTS } from '../tables';
import {
  figureColumns,
  hasSubjectFilters,
  levelCounts,
  num,
  numOrNull,
} from './reviewColumns';
import { FACT_COLUMNS } from '../subjectFilterColumns';

/* The daily snapshots: taking, summarising and pruning them, and trends read from them. */

export async function takeSnapshot(db: Knex, day: string): Promise<number> {
  const columns = [
    'entity_ref',
    'kind',
    'entity_type',
    'owner',
    'system',
    'domain',
    'lifecycle',
    'checklist_id',
    'score',
    'level',
    'answered',
    'questions',
    'stale',
  ];
  // The day's snapshot follows the scores until the day is over: each run replaces it.
  // `WHERE true` lets SQLite parse ON CONFLICT after INSERT ... SELECT.
  const result = await db.raw(
    `INSERT INTO ${SNAPSHOTS} (day, ${columns.join(', ')})
     SELECT ?, ${columns.join(', ')} FROM ${SCORES} WHERE removed_at IS NULL
     ON CONFLICT (day, entity_ref) DO UPDATE SET ${columns
       .filter(c => c !== 'entity_ref')
       .map(c => `${c} = excluded.${c}`)
       .join(', ')}`,
    [day],
  );
  await summariseSnapshot(db, day);
  // better-sqlite3 reports `changes`, pg `rowCount`.
  return num(result?.changes ?? result?.rowCount);
}

/**
 * (Re)writes the per-day group figures of a day's snapshot. Public so that snapshots
 * imported or seeded row by row can be summarised too.
 */
export async function summariseSnapshot(db: Knex, day: string): Promise<void> {
  await db(SNAPSHOT_GROUPS).where({ day }).delete();
  for (const [groupBy, column] of [
    ['all', "''"],
    ...Object.entries(FACT_COLUMNS),
  ]) {
    await db.raw(
      `INSERT INTO ${SNAPSHOT_GROUPS} (day, group_by, key, level, entities, score_sum, scored)
       SELECT ?, ?, COALESCE(${column}, ''), COALESCE(level, ''), COUNT(*),
              COALESCE(SUM(score), 0), COUNT(score)
       FROM ${SNAPSHOTS} WHERE day = ?
       GROUP BY COALESCE(${column}, ''), COALESCE(level, '')`,
      [day, groupBy, day],
    );
  }
}

export async function pruneSnapshots(
  db: Knex,
  beforeDay: string,
): Promise<number> {
  await db(SNAPSHOT_GROUPS).where('day', '<', beforeDay).delete();
  return db(SNAPSHOTS).where('day', '<', beforeDay).delete();
}

export async function getTrends(
  db: Knex,
  options: {
    filters: SubjectFilters;
    groupBy?: ReviewGroupBy;
    fromDay: string;
    levelIds: string[];
  },
): Promise<TrendPoint[]> {
  const { filters, groupBy, fromDay, levelIds } = options;
  if (!hasSubjectFilters(filters)) {
    return getTrendsFromGroups(db, groupBy ?? 'all', fromDay, levelIds);
  }
  const query = db(SNAPSHOTS)
    .select('day', ...figureColumns(db, levelIds))
    .where('day', '>=', fromDay)
    .groupBy('day')
    .orderBy('day');
  applySubjectFilters(query, filters);
  if (groupBy) {
    query.select({ key: FACT_COLUMNS[groupBy] }).groupBy(FACT_COLUMNS[groupBy]);
  }
  const rows: Record<string, unknown>[] = await query;
  return rows.map(row => ({
    day: row.day as string,
    key: (row.key as string | null | undefined) ?? null,
    entities: num(row.entities),
    averageScore: numOrNull(row.average_score),
    levels: levelCounts(row, levelIds),
  }));
}

export async function getEntityTrend(
  db: Knex,
  entityRef: string,
  fromDay: string,
) {
  const rows: {
    day: string;
    score: number | string | null;
    level: string | null;
  }[] = await db(SNAPSHOTS)
    .select('day', 'score', 'level')
    .where({ entity_ref: entityRef })
    .andWhere('day', '>=', fromDay)
    .orderBy('day');
  return rows.map(r => ({
    day: r.day,
    score: numOrNull(r.score),
    level: r.level,
  }));
}

/** Unfiltered trends from the per-day group figures written with each snapshot. */
async function getTrendsFromGroups(
  db: Knex,

  groupBy: ReviewGroupBy | 'all',
  fromDay: string,
  levelIds: string[],
): Promise<TrendPoint[]> {
  const rows: Record<string, unknown>[] = await db(SNAPSHOT_GROUPS)
    .where({ group_by: groupBy })
    .andWhere('day', '>=', fromDay)
    .orderBy(['day', 'key']);
  const points = new Map<
    string,
    TrendPoint & { scoreSum: number; scored: number }
  >();
  for (const row of rows) {
    const key = (row.key as string) || null;
    const id = `${row.day}\u0000${key}`;
    const point = points.get(id) ?? {
      day: row.day as string,
      key: groupBy === 'all' ? null : key,
      entities: 0,
      averageScore: null,
      levels: Object.fromEntries(['none', ...levelIds].map(l => [l, 0])),
      scoreSum: 0,
      scored: 0,
    };
    const level = (row.level as string) || 'none';
    point.entities += num(row.entities);
    point.levels[level] = (point.levels[level] ?? 0) + num(row.entities);
    point.scoreSum += num(row.score_sum);
    point.scored += num(row.scored);
    points.set(id, point);
  }
  return [...points.values()].map(({ scoreSum, scored, ...point }) => ({
    ...point,
    averageScore: scored ? numOrNull(scoreSum / scored) : null,
  }));
}
