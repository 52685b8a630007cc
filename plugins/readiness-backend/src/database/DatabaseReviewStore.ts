import { SubjectFilters } from './ReadinessStore';
import {
  ChecklistTarget,
  ReviewGroupBy,
  TrendPoint,
} from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { applyPopulation, applySubjectFilters } from './applySubjectFilters';
import {
  GroupFigures,
  QuestionCounts,
  ReviewStore,
  SectionSums,
  StoredExemption,
  SubjectCount,
  TargetedQuestions,
} from './ReviewStore';
import {
  ANSWERS,
  EVIDENCE,
  QUESTION_COUNTS,
  SCORES,
  SECTION_SCORES,
  SNAPSHOT_GROUPS,
  SNAPSHOTS,
} from './tables';

const GROUP_COLUMNS: Record<ReviewGroupBy, string> = {
  owner: 'owner',
  system: 'system',
  domain: 'domain',
  kind: 'kind',
  type: 'entity_type',
  lifecycle: 'lifecycle',
};

// A visible-entities list narrows the figures even when it is empty (nothing visible). The
// population is not a subject filter.
const hasSubjectFilters = ({ population: _p, ...filters }: SubjectFilters) =>
  filters.visibleEntityRefs !== undefined ||
  Object.values(filters).some(values => values && values.length > 0);

/**
 * The subjects the targets match, as `matchesTargets` matches them: kinds case-insensitively,
 * types exactly (a subject without a type matches only targets without types).
 */
function matchingTargets(
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
const num = (value: unknown) => Number(value ?? 0);
const numOrNull = (value: unknown) =>
  value === null || value === undefined
    ? null
    : Math.round(Number(value) * 10) / 10;

/**
 * The knex implementation of {@link ReviewStore}. Every figure is a GROUP BY in the database;
 * nothing here loads individual answers or scores into memory.
 */
export class DatabaseReviewStore implements ReviewStore {
  constructor(private readonly db: Knex) {}

  /**
   * The select list shared by current figures and trends. `counted` is the SQL condition of the
   * population the figures are over (the coverage columns count every row).
   */
  private figureColumns(levelIds: string[], prefix = '', counted = '1 = 1') {
    const { db } = this;
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

  private levelCounts(row: Record<string, unknown>, levelIds: string[]) {
    const levels: Record<string, number> = { none: num(row.level_none) };
    levelIds.forEach((id, i) => {
      levels[id] = num(row[`level_${i}`]);
    });
    return levels;
  }

  async getFigures(options: {
    filters: SubjectFilters;
    groupBy: ReviewGroupBy;
    levelIds: string[];
  }): Promise<GroupFigures[]> {
    const { filters, groupBy, levelIds } = options;
    const counted =
      filters.population === 'assessed' ? "assessment = 'assessed'" : '1 = 1';
    const state = (value: string, alias: string) =>
      this.db.raw(
        `SUM(CASE WHEN assessment = '${value}' THEN 1 ELSE 0 END) AS ${alias}`,
      );
    const query = this.db(SCORES).select([
      this.db.raw('COUNT(*) AS in_scope'),
      state('assessed', 'assessed'),
      state('automatic', 'automatic'),
      state('not-started', 'not_started'),
      ...this.figureColumns(levelIds, '', counted),
      this.db.raw(
        `SUM(CASE WHEN ${counted} THEN stale ELSE 0 END) AS stale_answers`,
      ),
      this.db.raw(
        `SUM(CASE WHEN ${counted} AND stale > 0 THEN 1 ELSE 0 END) AS entities_with_stale`,
      ),
      this.db.raw(`SUM(CASE WHEN ${counted} THEN score END) AS score_sum`),
      this.db.raw(`COUNT(CASE WHEN ${counted} THEN score END) AS scored`),
    ]);
    // Coverage counts every subject in scope, whatever the population of the scores.
    applySubjectFilters(query, filters);
    applyPopulation(query, { ...filters, population: 'all' });
    query
      .select({ key: GROUP_COLUMNS[groupBy] })
      .groupBy(GROUP_COLUMNS[groupBy]);
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
        levels: this.levelCounts(row, levelIds),
        staleAnswers: num(row.stale_answers),
        entitiesWithStale: num(row.entities_with_stale),
        scoreSum: num(row.score_sum),
        scored: num(row.scored),
      }));
  }

  async getSectionSums(options: {
    filters: SubjectFilters;
    groupBy: ReviewGroupBy;
  }): Promise<SectionSums[]> {
    const { filters, groupBy } = options;
    const column = `s.${GROUP_COLUMNS[groupBy]}`;
    const query = this.db(`${SECTION_SCORES} as ss`)
      .join(`${SCORES} as s`, 's.entity_ref', 'ss.entity_ref')
      .select(
        'ss.section_id',
        { key: column },
        this.db.raw('SUM(ss.score) AS score_sum'),
        this.db.raw('COUNT(ss.score) AS entities'),
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

  async getQuestionCounts(options: {
    filters: SubjectFilters;
    staleBefore: string;
    targeted?: TargetedQuestions[];
    now: string;
  }): Promise<QuestionCounts[]> {
    const { filters, staleBefore, targeted = [], now } = options;
    const { db } = this;
    // A person's answer where there is one, the automatic answer otherwise: the same merge as
    // the scores (ScoreCalculator).
    const person = () => db(`${ANSWERS} as a`);
    const automatic = () =>
      db(`${EVIDENCE} as a`).whereNotExists(
        db(`${ANSWERS} as p`)
          .select(db.raw('1'))
          .whereRaw('p.entity_ref = a.entity_ref')
          .andWhereRaw('p.question_id = a.question_id'),
      );
    // A person's N/A is also stale once its exemption has expired (isAnswerStale).
    const grouped = (query: Knex.QueryBuilder, reviewedAt: string) =>
      query
        .select(
          'a.question_id',
          'a.status',
          db.raw('COUNT(*) AS answers'),
          reviewedAt === 'reviewed_at'
            ? db.raw(
                'SUM(CASE WHEN a.reviewed_at <= ? OR a.expires_at <= ? THEN 1 ELSE 0 END) AS stale',
                [staleBefore, now],
              )
            : db.raw(
                `SUM(CASE WHEN a.${reviewedAt} <= ? THEN 1 ELSE 0 END) AS stale`,
                [staleBefore],
              ),
        )
        .groupBy('a.question_id', 'a.status') as Promise<
        Record<string, unknown>[]
      >;
    // Answers of the subjects the given scores query selects; an IN over the subjects lets the
    // database start from the (few) subjects and use the answers' primary key.
    const ofSubjects = (
      query: Knex.QueryBuilder,
      subjects: (scores: Knex.QueryBuilder) => Knex.QueryBuilder,
    ) =>
      query.whereIn(
        'a.entity_ref',
        subjects(db(`${SCORES} as s`).select('s.entity_ref')),
      );

    const counts = new Map<string, QuestionCounts>();
    const add = (
      rows: Record<string, unknown>[],
      fromEvidence: boolean,
      sign: 1 | -1,
    ) => {
      for (const row of rows) {
        const questionId = row.question_id as string;
        const c = counts.get(questionId) ?? {
          questionId,
          yes: 0,
          partial: 0,
          no: 0,
          na: 0,
          stale: 0,
          automatic: 0,
        };
        const answers = num(row.answers);
        const stale = num(row.stale);
        c[row.status as 'yes' | 'partial' | 'no' | 'na'] +=
          sign * (answers - stale);
        c.stale += sign * stale;
        if (fromEvidence) {
          c.automatic += sign * answers;
        }
        counts.set(questionId, c);
      }
    };

    if (hasSubjectFilters(filters)) {
      // The (usually much smaller) set of matching subjects selects the answers.
      const narrowed = (query: Knex.QueryBuilder) =>
        ofSubjects(query, scores =>
          applyPopulation(
            applySubjectFilters(scores, filters, 's.'),
            filters,
            's.',
          ),
        );
      const [people, evidence] = await Promise.all([
        grouped(narrowed(person()), 'reviewed_at'),
        grouped(narrowed(automatic()), 'evaluated_at'),
      ]);
      add(people, false, 1);
      add(evidence, true, 1);
    } else {
      // Every answer counts but those of subjects outside the population (removed ones, and
      // those nobody assessed when only assessed ones count): the answers' index alone gives
      // the totals, and the answers of the few left-out subjects are taken away again.
      const leftOut = (query: Knex.QueryBuilder) =>
        ofSubjects(query, scores =>
          scores.where(inner => {
            inner.whereNotNull('s.removed_at');
            if (filters.population === 'assessed') {
              inner.orWhereNot('s.assessment', 'assessed');
            }
          }),
        );
      const [[people, evidence], peopleOut, evidenceOut] = await Promise.all([
        this.countedAnswers(staleBefore, now, {
          person,
          automatic,
          grouped,
        }),
        grouped(leftOut(person()), 'reviewed_at'),
        grouped(leftOut(automatic()), 'evaluated_at'),
      ]);
      add(people, false, 1);
      add(evidence, true, 1);
      add(peopleOut, false, -1);
      add(evidenceOut, true, -1);
    }
    // Answers to targeted questions from entities they are not asked of are kept, not counted;
    // only entities with such answers (`orphaned`, by a partial index) are read.
    const outside = await Promise.all(
      targeted.flatMap(group => {
        const notAsked = (query: Knex.QueryBuilder) =>
          ofSubjects(
            query.whereIn('a.question_id', group.questionIds),
            scores =>
              applyPopulation(
                applySubjectFilters(
                  scores
                    .where('s.orphaned', '>', 0)
                    .where('s.checklist_id', group.checklistId)
                    .whereNot(inner => matchingTargets(inner, group.targets)),
                  filters,
                  's.',
                ),
                filters,
                's.',
              ),
          );
        return [
          grouped(notAsked(person()), 'reviewed_at'),
          grouped(notAsked(automatic()), 'evaluated_at'),
        ];
      }),
    );
    outside.forEach((rows, i) => add(rows, i % 2 === 1, -1));
    return [...counts.values()].filter(
      c => c.yes + c.partial + c.no + c.na + c.stale > 0,
    );
  }

  /**
   * Every answer's counts from readiness_question_counts (kept by triggers, see its migration),
   * split into stale and fresh: days before the day of `staleBefore` are stale, later days
   * fresh, and that one day is counted from the answers themselves (by their review time's
   * index).
   */
  private async countedAnswers(
    staleBefore: string,
    now: string,
    answers: {
      person: () => Knex.QueryBuilder;
      automatic: () => Knex.QueryBuilder;
      grouped: (
        query: Knex.QueryBuilder,
        reviewedAt: string,
      ) => Promise<Record<string, unknown>[]>;
    },
  ): Promise<[Record<string, unknown>[], Record<string, unknown>[]]> {
    const { db } = this;
    const staleDay = staleBefore.slice(0, 10);
    // The answers of the given table reviewed (`column`) on staleDay, up to staleBefore.
    const turnedStaleThatDay = (query: Knex.QueryBuilder, column: string) =>
      answers.grouped(
        query
          .where(`a.${column}`, '>=', staleDay)
          .andWhere(`a.${column}`, '<=', staleBefore),
        column,
      );
    const [sums, peopleThatDay, evidenceThatDay, expired] = await Promise.all([
      db(QUESTION_COUNTS)
        .select(
          'question_id',
          'status',
          'source',
          db.raw('SUM(answers) AS answers'),
          db.raw('SUM(CASE WHEN day < ? THEN answers ELSE 0 END) AS stale', [
            staleDay,
          ]),
        )
        .groupBy('question_id', 'status', 'source') as Promise<
        Record<string, unknown>[]
      >,
      turnedStaleThatDay(answers.person(), 'reviewed_at'),
      turnedStaleThatDay(answers.automatic(), 'evaluated_at'),
      // Expired exemptions reviewed after staleBefore: counted fresh by day, but stale (by the
      // index on expires_at; exemptions are few).
      answers.grouped(
        answers
          .person()
          .where('a.expires_at', '<=', now)
          .andWhere('a.reviewed_at', '>', staleBefore),
        'reviewed_at',
      ),
    ]);
    const staleThatDay = new Map<string, number>();
    for (const [source, rows] of [
      ['person', peopleThatDay],
      ['person', expired],
      ['evidence', evidenceThatDay],
    ] as const) {
      for (const row of rows) {
        const key = `${source} ${row.question_id} ${row.status}`;
        staleThatDay.set(key, (staleThatDay.get(key) ?? 0) + num(row.stale));
      }
    }
    const of = (source: string) =>
      sums
        .filter(row => row.source === source)
        .map(row => ({
          ...row,
          stale:
            num(row.stale) +
            (staleThatDay.get(`${source} ${row.question_id} ${row.status}`) ??
              0),
        }));
    return [of('person'), of('evidence')];
  }

  async getFacets(
    filters: SubjectFilters,
  ): Promise<Record<ReviewGroupBy, string[]>> {
    const groupings = Object.entries(GROUP_COLUMNS) as [
      ReviewGroupBy,
      string,
    ][];
    const scores = () =>
      applySubjectFilters(
        applyPopulation(this.db(SCORES), { population: 'all' }),
        filters,
      );
    if (this.db.client.config.client === 'pg') {
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

  async listExemptions(options: {
    filters: SubjectFilters;
    now: string;
    expiringBy: string;
    limit: number;
  }) {
    const base = () => {
      const query = this.db(`${ANSWERS} as a`)
        .join(`${SCORES} as s`, 's.entity_ref', 'a.entity_ref')
        .where('a.status', 'na');
      applySubjectFilters(query, options.filters, 's.');
      applyPopulation(query, options.filters, 's.');
      return query;
    };
    const page = async (
      filtered: Knex.QueryBuilder,
      orderBy: string,
    ): Promise<{ items: StoredExemption[]; totalCount: number }> => {
      const [rows, [{ total }]] = await Promise.all([
        filtered
          .clone()
          .select(
            'a.entity_ref',
            's.title',
            's.owner',
            's.checklist_id',
            'a.question_id',
            'a.note',
            'a.answered_by',
            'a.answered_at',
            'a.expires_at',
            'a.approval',
            'a.version',
          )
          .orderBy([orderBy, 'a.entity_ref', 'a.question_id'])
          .limit(options.limit),
        filtered.clone().count({ total: '*' }),
      ]);
      return {
        totalCount: num(total),
        items: rows.map((row: Record<string, any>) => ({
          entityRef: row.entity_ref,
          ...(row.title ? { title: row.title } : {}),
          ...(row.owner ? { owner: row.owner } : {}),
          checklistId: row.checklist_id,
          questionId: row.question_id,
          ...(row.note ? { note: row.note } : {}),
          answeredBy: row.answered_by,
          answeredAt: row.answered_at,
          ...(row.expires_at ? { expiresAt: row.expires_at } : {}),
          ...(row.approval ? { approval: row.approval } : {}),
          version: Number(row.version),
        })),
      };
    };
    const [pending, expiring] = await Promise.all([
      page(base().where('a.approval', 'pending'), 'a.answered_at'),
      page(
        base()
          .where('a.expires_at', '>', options.now)
          .where('a.expires_at', '<=', options.expiringBy),
        'a.expires_at',
      ),
    ]);
    return { pending, expiring };
  }

  async countSubjects(filters: SubjectFilters): Promise<SubjectCount[]> {
    const query = this.db(SCORES)
      .select(
        'checklist_id',
        'kind',
        'entity_type',
        this.db.raw('COUNT(*) AS entities'),
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

  async takeSnapshot(day: string): Promise<number> {
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
    const result = await this.db.raw(
      `INSERT INTO ${SNAPSHOTS} (day, ${columns.join(', ')})
       SELECT ?, ${columns.join(', ')} FROM ${SCORES} WHERE removed_at IS NULL
       ON CONFLICT (day, entity_ref) DO UPDATE SET ${columns
         .filter(c => c !== 'entity_ref')
         .map(c => `${c} = excluded.${c}`)
         .join(', ')}`,
      [day],
    );
    await this.summariseSnapshot(day);
    // better-sqlite3 reports `changes`, pg `rowCount`.
    return num(result?.changes ?? result?.rowCount);
  }

  /**
   * (Re)writes the per-day group figures of a day's snapshot. Public so that snapshots
   * imported or seeded row by row can be summarised too.
   */
  async summariseSnapshot(day: string): Promise<void> {
    await this.db(SNAPSHOT_GROUPS).where({ day }).delete();
    for (const [groupBy, column] of [
      ['all', "''"],
      ...Object.entries(GROUP_COLUMNS),
    ]) {
      await this.db.raw(
        `INSERT INTO ${SNAPSHOT_GROUPS} (day, group_by, key, level, entities, score_sum, scored)
         SELECT ?, ?, COALESCE(${column}, ''), COALESCE(level, ''), COUNT(*),
                COALESCE(SUM(score), 0), COUNT(score)
         FROM ${SNAPSHOTS} WHERE day = ?
         GROUP BY COALESCE(${column}, ''), COALESCE(level, '')`,
        [day, groupBy, day],
      );
    }
  }

  async pruneSnapshots(beforeDay: string): Promise<number> {
    await this.db(SNAPSHOT_GROUPS).where('day', '<', beforeDay).delete();
    return this.db(SNAPSHOTS).where('day', '<', beforeDay).delete();
  }

  async getTrends(options: {
    filters: SubjectFilters;
    groupBy?: ReviewGroupBy;
    fromDay: string;
    levelIds: string[];
  }): Promise<TrendPoint[]> {
    const { filters, groupBy, fromDay, levelIds } = options;
    if (!hasSubjectFilters(filters)) {
      return this.getTrendsFromGroups(groupBy ?? 'all', fromDay, levelIds);
    }
    const query = this.db(SNAPSHOTS)
      .select('day', ...this.figureColumns(levelIds))
      .where('day', '>=', fromDay)
      .groupBy('day')
      .orderBy('day');
    applySubjectFilters(query, filters);
    if (groupBy) {
      query
        .select({ key: GROUP_COLUMNS[groupBy] })
        .groupBy(GROUP_COLUMNS[groupBy]);
    }
    const rows: Record<string, unknown>[] = await query;
    return rows.map(row => ({
      day: row.day as string,
      key: (row.key as string | null | undefined) ?? null,
      entities: num(row.entities),
      averageScore: numOrNull(row.average_score),
      levels: this.levelCounts(row, levelIds),
    }));
  }

  async getEntityTrend(entityRef: string, fromDay: string) {
    const rows: {
      day: string;
      score: number | string | null;
      level: string | null;
    }[] = await this.db(SNAPSHOTS)
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
  private async getTrendsFromGroups(
    groupBy: ReviewGroupBy | 'all',
    fromDay: string,
    levelIds: string[],
  ): Promise<TrendPoint[]> {
    const rows: Record<string, unknown>[] = await this.db(SNAPSHOT_GROUPS)
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
}
