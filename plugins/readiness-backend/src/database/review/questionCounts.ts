import { Knex } from 'knex';
import { applyPopulation, applySubjectFilters } from '../applySubjectFilters';
import { SubjectFilters } from '../ReadinessStore';
import { QuestionCounts, TargetedQuestions } from '../ReviewStore';
import { ANSWERS, EVIDENCE, QUESTION_COUNTS, SCORES } from '../tables';
import { hasSubjectFilters, matchingTargets, num } from './reviewColumns';

/* How the population answered each question, from the counts the triggers keep. */

export async function getQuestionCounts(
  db: Knex,
  options: {
    filters: SubjectFilters;
    staleBefore: string;
    targeted?: TargetedQuestions[];
    now: string;
  },
): Promise<QuestionCounts[]> {
  const { filters, staleBefore, targeted = [], now } = options;
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
      countedAnswers(db, staleBefore, now, {
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
        ofSubjects(query.whereIn('a.question_id', group.questionIds), scores =>
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
async function countedAnswers(
  db: Knex,

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
          (staleThatDay.get(`${source} ${row.question_id} ${row.status}`) ?? 0),
      }));
  return [of('person'), of('evidence')];
}
