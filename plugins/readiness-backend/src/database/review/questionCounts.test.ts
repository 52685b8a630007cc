import { mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { bothDatabases } from '../../__testUtils__/bothDatabases';
import { createReadinessDatabase } from '../createReadinessDatabase';
import { DatabaseReviewStore } from '../DatabaseReviewStore';
import { ANSWERS, EVIDENCE, QUESTION_COUNTS } from '../tables';

jest.setTimeout(60_000);

const databases = bothDatabases();

const answer = (
  entity: string,
  questionId: string,
  status: string,
  reviewedAt: string,
) => ({
  entity_ref: `component:default/${entity}`,
  question_id: questionId,
  status,
  version: 1,
  answered_by: 'user:default/alice',
  answered_at: reviewedAt,
  reviewed_at: reviewedAt,
});

const evidence = (
  entity: string,
  questionId: string,
  status: string,
  evaluatedAt: string,
) => ({
  entity_ref: `component:default/${entity}`,
  question_id: questionId,
  provider_id: 'catalog-metadata',
  status,
  note: '',
  links: '[]',
  evaluated_at: evaluatedAt,
});

/** The triggers' counts (summed over slots), without the zero sums left behind by deletes. */
async function keptCounts(knex: Knex) {
  const key = ['question_id', 'status', 'source', 'day'];
  const rows = await knex(QUESTION_COUNTS)
    .select(...key, knex.raw('SUM(answers) AS answers'))
    .groupBy(key)
    .havingRaw('SUM(answers) <> 0')
    .orderBy(key);
  return rows.map(r => ({ ...r, answers: Number(r.answers) }));
}

/** The same counts, from the answers themselves. */
async function recount(knex: Knex) {
  const person = await knex(ANSWERS)
    .select(
      'question_id',
      'status',
      knex.raw("'person' AS source"),
      knex.raw('substr(reviewed_at, 1, 10) AS day'),
      knex.raw('COUNT(*) AS answers'),
    )
    .groupBy('question_id', 'status', knex.raw('substr(reviewed_at, 1, 10)'));
  const automatic = await knex(`${EVIDENCE} as e`)
    .whereNotExists(
      knex(`${ANSWERS} as p`)
        .select(knex.raw('1'))
        .whereRaw('p.entity_ref = e.entity_ref')
        .andWhereRaw('p.question_id = e.question_id'),
    )
    .select(
      'question_id',
      'status',
      knex.raw("'evidence' AS source"),
      knex.raw('substr(evaluated_at, 1, 10) AS day'),
      knex.raw('COUNT(*) AS answers'),
    )
    .groupBy('question_id', 'status', knex.raw('substr(evaluated_at, 1, 10)'));
  return [...person, ...automatic]
    .map(r => ({ ...r, answers: Number(r.answers) }))
    .sort((a, b) =>
      `${a.question_id} ${a.status} ${a.source} ${a.day}`.localeCompare(
        `${b.question_id} ${b.status} ${b.source} ${b.day}`,
      ),
    );
}

describe.each(databases.eachSupportedId())(
  'readiness_question_counts (%s)',
  databaseId => {
    it('follows every kind of write to answers and evidence, an automatic answer counted only while no person answers', async () => {
      const knex = await databases.init(databaseId);
      await createReadinessDatabase({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      const day1 = '2026-03-01T10:00:00.000Z';
      const day2 = '2026-03-02T10:00:00.000Z';

      await knex(EVIDENCE).insert([
        evidence('a', 'q1', 'yes', day1),
        evidence('b', 'q1', 'no', day1),
        evidence('c', 'q2', 'yes', day1),
      ]);
      // A person answer hides the automatic one of the same question.
      await knex(ANSWERS).insert([
        answer('a', 'q1', 'partial', day1),
        answer('a', 'q2', 'yes', day1),
        answer('b', 'q2', 'na', day2),
      ]);
      expect(await keptCounts(knex)).toEqual([
        {
          question_id: 'q1',
          status: 'no',
          source: 'evidence',
          day: '2026-03-01',
          answers: 1,
        },
        {
          question_id: 'q1',
          status: 'partial',
          source: 'person',
          day: '2026-03-01',
          answers: 1,
        },
        {
          question_id: 'q2',
          status: 'na',
          source: 'person',
          day: '2026-03-02',
          answers: 1,
        },
        {
          question_id: 'q2',
          status: 'yes',
          source: 'evidence',
          day: '2026-03-01',
          answers: 1,
        },
        {
          question_id: 'q2',
          status: 'yes',
          source: 'person',
          day: '2026-03-01',
          answers: 1,
        },
      ]);

      // An upsert that updates (as the answer writer and evidence runs write), an update, and
      // evidence arriving where a person answer already is.
      await knex(ANSWERS)
        .insert([answer('a', 'q1', 'yes', day2), answer('d', 'q1', 'no', day2)])
        .onConflict(['entity_ref', 'question_id'])
        .merge();
      await knex(ANSWERS)
        .where({ entity_ref: 'component:default/b', question_id: 'q2' })
        .update({ status: 'no', reviewed_at: day1 });
      await knex(EVIDENCE)
        .insert([
          evidence('a', 'q1', 'no', day2),
          evidence('a', 'q2', 'no', day2),
          evidence('c', 'q2', 'no', day2),
        ])
        .onConflict(['entity_ref', 'question_id'])
        .merge();
      expect(await keptCounts(knex)).toEqual(await recount(knex));

      // Clearing a person answer shows the automatic one again; deleting evidence takes it away.
      await knex(ANSWERS)
        .where({ entity_ref: 'component:default/a', question_id: 'q1' })
        .delete();
      await knex(EVIDENCE)
        .where({ entity_ref: 'component:default/c' })
        .delete();
      const counts = await keptCounts(knex);
      expect(counts).toEqual(await recount(knex));
      expect(counts).toContainEqual({
        question_id: 'q1',
        status: 'no',
        source: 'evidence',
        day: '2026-03-02',
        answers: 1,
      });
      expect(counts.filter(c => c.source === 'evidence')).toHaveLength(2);
    });

    it('stays exact under concurrent answer writes and evidence runs', async () => {
      const knex = await databases.init(databaseId);
      const { transactions, evidence: evidenceStore } =
        await createReadinessDatabase({
          database: mockServices.database({
            knex,
            migrations: { skip: false },
          }),
        });
      const questions = ['q1', 'q2', 'q3', 'q4', 'q5'];
      const statuses = ['yes', 'no', 'partial'] as const;
      const entities = Array.from(
        { length: 6 },
        (_, i) => `component:default/e${i}`,
      );
      const operations = entities.flatMap((entityRef, e) => [
        // Each entity's answers in a different order, while evidence runs rewrite the same
        // questions (some hidden by the answers, some shown).
        transactions.inTransaction([entityRef], unit =>
          unit.writeAnswers({
            entityRef,
            writes: [...questions.slice(e % 5), ...questions.slice(0, e % 5)]
              .slice(0, 3)
              .map((questionId, q) => ({
                questionId,
                status: statuses[(e + q) % 3],
                links: [],
                expectedVersion: 0,
              })),
            actor: 'user:default/alice',
            now: `2026-03-0${1 + (e % 3)}T10:00:00.000Z`,
          }),
        ),
        ...[1, 2].map(run =>
          evidenceStore.recordRuns([
            {
              entityRef,
              evidence: questions.map((questionId, q) => ({
                questionId,
                providerId: 'catalog-metadata',
                status: statuses[(e + q + run) % 3],
                note: '',
                links: [],
              })),
              failures: [],
              evaluatedAt: `2026-03-0${run + 1}T12:00:00.000Z`,
            },
          ]),
        ),
      ]);
      await Promise.all(operations);

      const counts = await keptCounts(knex);
      expect(counts).toEqual(await recount(knex));
      const total = (source: string) =>
        counts
          .filter(c => c.source === source)
          .reduce((n, c) => n + c.answers, 0);
      // 6 entities x 3 answers; of each entity's 5 automatic answers, 3 are hidden by them.
      expect(total('person')).toBe(18);
      expect(total('evidence')).toBe(12);
    });

    it('counts the review day on which answers turn stale by their time, and expired exemptions, as the scan does', async () => {
      const knex = await databases.init(databaseId);
      await createReadinessDatabase({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      await knex(ANSWERS).insert([
        answer('a', 'q1', 'yes', '2026-03-01T23:00:00.000Z'),
        answer('b', 'q1', 'yes', '2026-03-02T08:00:00.000Z'),
        answer('c', 'q1', 'yes', '2026-03-02T12:00:00.000Z'),
        answer('d', 'q1', 'yes', '2026-03-02T12:00:00.001Z'),
        answer('e', 'q1', 'yes', '2026-03-03T00:00:00.000Z'),
        // Exemptions reviewed after staleBefore: h's has expired by now, i's has not.
        {
          ...answer('h', 'q1', 'na', '2026-08-30T00:00:00.000Z'),
          expires_at: '2026-09-01T00:00:00.000Z',
        },
        {
          ...answer('i', 'q1', 'na', '2026-08-30T00:00:00.000Z'),
          expires_at: '2026-12-01T00:00:00.000Z',
        },
      ]);
      await knex(EVIDENCE).insert([
        evidence('f', 'q1', 'no', '2026-03-02T11:59:59.999Z'),
        evidence('g', 'q1', 'no', '2026-03-02T13:00:00.000Z'),
      ]);
      const store = new DatabaseReviewStore(knex);
      const counts = await store.getQuestionCounts({
        filters: { population: 'all' },
        staleBefore: '2026-03-02T12:00:00.000Z',
        now: '2026-09-10T00:00:00.000Z',
      });
      // a, b and c were reviewed at or before staleBefore, f was evaluated before it, and h's
      // exemption has expired.
      const expected = {
        questionId: 'q1',
        yes: 2,
        partial: 0,
        no: 1,
        na: 1,
        stale: 5,
        automatic: 2,
      };
      expect(counts).toEqual([expected]);
      // The same through the filtered path, which counts from the answers themselves.
      await knex('readiness_scores').insert(
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map(name => ({
          entity_ref: `component:default/${name}`,
          kind: 'Component',
          namespace: 'default',
          name,
          owner: 'group:default/team',
          checklist_id: 'c',
          checklist_hash: 'h',
          level_rank: -1,
          earned: 0,
          possible: 0,
          questions: 1,
          answered: 1,
          stale: 0,
          not_applicable: 0,
          updated_at: '2026-03-01T00:00:00.000Z',
          scored_at: '2026-03-01T00:00:00.000Z',
        })),
      );
      expect(
        await store.getQuestionCounts({
          filters: { population: 'all', owners: ['group:default/team'] },
          staleBefore: '2026-03-02T12:00:00.000Z',
          now: '2026-09-10T00:00:00.000Z',
        }),
      ).toEqual([expected]);
    });
  },
);

const postgres = databases
  .eachSupportedId()
  .filter(([id]) => id.startsWith('POSTGRES'));
// SQLite runs one writer at a time, so only PostgreSQL has writers that could wait.
if (postgres.length) {
  describe.each(postgres)('readiness_question_counts (%s)', databaseId => {
    it("does not make writers of different entities wait for each other's commit", async () => {
      const knex = await databases.init(databaseId);
      await createReadinessDatabase({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      // Two entities whose counts live in different slots (by the entity's hash).
      const slots = await knex.raw(
        `SELECT name, hashtext('component:default/' || name) & 15 AS slot
         FROM unnest(ARRAY['a','b','c','d','e','f']) AS name`,
      );
      const [first, second] = slots.rows.filter(
        (row: { slot: number }, i: number, all: { slot: number }[]) =>
          all.findIndex(other => other.slot === row.slot) === i,
      );
      const day = '2026-03-01T10:00:00.000Z';
      const open = await knex.transaction();
      try {
        // The first writer has counted its Yes to q1 today and has not committed.
        await open(ANSWERS).insert(answer(first.name, 'q1', 'yes', day));
        // The second writer counts a Yes to the same question on the same day.
        const started = Date.now();
        await knex(ANSWERS)
          .insert(answer(second.name, 'q1', 'yes', day))
          .timeout(5_000, { cancel: true });
        expect(Date.now() - started).toBeLessThan(2_000);
        await open.commit();
      } finally {
        if (!open.isCompleted()) await open.rollback();
      }
      expect(await keptCounts(knex)).toEqual([
        {
          question_id: 'q1',
          status: 'yes',
          source: 'person',
          day: '2026-03-01',
          answers: 2,
        },
      ]);
    });
  });
}
