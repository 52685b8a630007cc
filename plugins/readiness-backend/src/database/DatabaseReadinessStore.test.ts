import { bothDatabases } from '../__testUtils__/bothDatabases';
import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { createReadinessDatabase } from './createReadinessDatabase';
import {
  AnswerWrite,
  ScoreFigures,
  ScoreSubject,
  StoredAnswer,
} from './ReadinessStore';

/** Scores an entity's answers, as the domain does inside a unit of work. */
type ScoreFunction = (answers: StoredAnswer[]) => ScoreFigures;

jest.setTimeout(60_000);

const subject = (name: string, extra: Partial<ScoreSubject> = {}) => ({
  entityRef: `component:default/${name}`,
  kind: 'Component',
  namespace: 'default',
  name,
  entityType: 'service',
  owner: 'group:default/team-a',
  ...extra,
});

/** Scores 10 points per Yes, so tests can tell which answers a score saw. */
const countYes: ScoreFunction = answers => {
  const yes = answers.filter(a => a.status === 'yes').length;
  const figures: ScoreFigures = {
    checklistId: 'c',
    checklistHash: 'h1',
    score: yes * 10,
    level: yes >= 2 ? 'silver' : null,
    levelRank: yes >= 2 ? 1 : -1,
    earned: yes,
    possible: 10,
    questions: 10,
    answered: answers.length,
    automatic: 0,
    assessment: answers.length ? 'assessed' : 'not-started',
    stale: 0,
    notApplicable: 0,
    nextStaleAt: '2027-01-01T00:00:00.000Z',
    orphaned: 0,
    sections: [
      { sectionId: 'yes', score: yes * 10, earned: yes, possible: 10 },
    ],
  };
  return figures;
};

const write = (
  questionId: string,
  status: AnswerWrite['status'],
  expectedVersion = 0,
): AnswerWrite => ({ questionId, status, links: [], expectedVersion });

const databases = bothDatabases();

describe.each(databases.eachSupportedId())(
  'DatabaseReadinessStore (%s)',
  databaseId => {
    /**
     * The reads of the store, and writes as the domain makes them: one unit of work that
     * changes answers, reads them back and saves the score.
     */
    async function createStore() {
      const knex = await databases.init(databaseId);
      const { answers, transactions } = await createReadinessDatabase({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      /** Runs `change` and then scores the entity's answers, in one unit of work. */
      const changeThenScore = <T>(
        subjectOf: ScoreSubject,
        computeScore: ScoreFunction,
        now: string,
        change: (
          unit: Parameters<Parameters<typeof transactions.inTransaction>[1]>[0],
        ) => Promise<T>,
        answersChanged = true,
      ) =>
        transactions.inTransaction([subjectOf.entityRef], async unit => {
          const changed = await change(unit);
          const ref = subjectOf.entityRef;
          const all = (await unit.answersOf([ref])).get(ref)!;
          const previous = (await unit.scoresOf([ref])).get(ref);
          const [score] = await unit.saveScores(
            [
              {
                subject: subjectOf,
                figures: computeScore(all),
                answersChangedAt: answersChanged
                  ? now
                  : previous?.updatedAt ?? now,
                seenInCatalog: true,
              },
            ],
            now,
          );
          return { changed, score };
        });
      type Change = {
        subject: ScoreSubject;
        actor: string;
        now: string;
        computeScore: ScoreFunction;
      };
      const store = {
        getAnswers: (ref: string) => answers.getAnswers(ref),
        getHistory: answers.getHistory.bind(answers),
        queryScores: answers.queryScores.bind(answers),
        listScoresToRefresh: answers.listScoresToRefresh.bind(answers),
        writeAnswers: async (o: Change & { writes: AnswerWrite[] }) => {
          const { changed, score } = await changeThenScore(
            o.subject,
            o.computeScore,
            o.now,
            unit =>
              unit.writeAnswers({
                entityRef: o.subject.entityRef,
                writes: o.writes,
                actor: o.actor,
                now: o.now,
              }),
          );
          return { ...changed, score };
        },
        clearAnswer: async (
          o: Change & { questionId: string; expectedVersion: number },
        ) => {
          const { changed, score } = await changeThenScore(
            o.subject,
            o.computeScore,
            o.now,
            unit =>
              unit.clearAnswer({
                entityRef: o.subject.entityRef,
                questionId: o.questionId,
                expectedVersion: o.expectedVersion,
                actor: o.actor,
                now: o.now,
              }),
          );
          return { removed: changed, score };
        },
        rescore: async (o: Omit<Change, 'actor'>) =>
          (
            await changeThenScore(
              o.subject,
              o.computeScore,
              o.now,
              async () => undefined,
              false,
            )
          ).score,
      };
      return { knex, store };
    }

    it('writes answers with history and score in one go', async () => {
      const { store, knex } = await createStore();
      const first = await store.writeAnswers({
        subject: subject('a'),
        writes: [
          { ...write('q1', 'yes'), note: 'see runbook', links: ['https://x'] },
          write('q2', 'no'),
        ],
        actor: 'user:default/alice',
        now: '2026-01-01T00:00:00.000Z',
        computeScore: countYes,
      });
      expect(first.written.map(a => [a.questionId, a.version])).toEqual([
        ['q1', 1],
        ['q2', 1],
      ]);
      expect(first.score).toMatchObject({ score: 10, answered: 2 });

      await store.writeAnswers({
        subject: subject('a'),
        writes: [write('q2', 'yes', 1)],
        actor: 'user:default/bob',
        now: '2026-01-02T00:00:00.000Z',
        computeScore: countYes,
      });
      const answers = await store.getAnswers('component:default/a');
      expect(answers).toEqual([
        {
          entityRef: 'component:default/a',
          questionId: 'q1',
          status: 'yes',
          note: 'see runbook',
          links: ['https://x'],
          version: 1,
          answeredBy: 'user:default/alice',
          answeredAt: '2026-01-01T00:00:00.000Z',
          reviewedAt: '2026-01-01T00:00:00.000Z',
        },
        expect.objectContaining({
          questionId: 'q2',
          status: 'yes',
          version: 2,
          answeredBy: 'user:default/bob',
        }),
      ]);

      const history = await store.getHistory('component:default/a', {
        limit: 10,
      });
      expect(history.map(h => [h.questionId, h.version, h.changedBy])).toEqual([
        ['q2', 2, 'user:default/bob'],
        ['q2', 1, 'user:default/alice'],
        ['q1', 1, 'user:default/alice'],
      ]);
      expect(history[0].previous).toEqual({
        status: 'no',
        links: [],
        version: 1,
      });
      expect(history[2].previous).toBeUndefined();
      const page2 = await store.getHistory('component:default/a', {
        limit: 10,
        beforeId: history[1].id,
      });
      expect(page2.map(h => h.questionId)).toEqual(['q1']);
      const onlyQ2 = await store.getHistory('component:default/a', {
        limit: 10,
        questionId: 'q2',
      });
      expect(onlyQ2).toHaveLength(2);

      const [row] = await knex('readiness_scores');
      expect(row).toMatchObject({
        entity_ref: 'component:default/a',
        kind: 'component',
        level: 'silver',
        answered: 2,
        updated_at: '2026-01-02T00:00:00.000Z',
      });
      expect(Number(row.score)).toBe(20);
    });

    it('rejects a stale version with a conflict and changes nothing', async () => {
      const { store, knex } = await createStore();
      await store.writeAnswers({
        subject: subject('a'),
        writes: [write('q1', 'yes')],
        actor: 'user:default/alice',
        now: '2026-01-01T00:00:00.000Z',
        computeScore: countYes,
      });
      await expect(
        store.writeAnswers({
          subject: subject('a'),
          writes: [write('q2', 'yes'), write('q1', 'no', 0)],
          actor: 'user:default/bob',
          now: '2026-01-02T00:00:00.000Z',
          computeScore: countYes,
        }),
      ).rejects.toThrow(ConflictError);
      await expect(
        store.writeAnswers({
          subject: subject('a'),
          writes: [write('q3', 'yes', 4)],
          actor: 'user:default/bob',
          now: '2026-01-02T00:00:00.000Z',
          computeScore: countYes,
        }),
      ).rejects.toThrow(/version 0.*based on version 4/);
      expect(await store.getAnswers('component:default/a')).toHaveLength(1);
      expect(await knex('readiness_answer_history')).toHaveLength(1);
      const [row] = await knex('readiness_scores');
      expect(Number(row.score)).toBe(10);
    });

    it('loses no answer and no score update under concurrent writers', async () => {
      const { store } = await createStore();
      const writers = Array.from({ length: 12 }, (_, i) =>
        store.writeAnswers({
          subject: subject('busy'),
          writes: [write(`q${i}`, 'yes')],
          actor: `user:default/u${i}`,
          now: '2026-01-01T00:00:00.000Z',
          computeScore: countYes,
        }),
      );
      await Promise.all(writers);
      expect(await store.getAnswers('component:default/busy')).toHaveLength(12);
      const page = await store.queryScores({
        entityRefs: ['component:default/busy'],
        limit: 10,
      });
      expect(page.items[0].answered).toBe(12);
      expect(page.items[0].score).toBe(120);
    });

    it('lets exactly one of two writers of the same version win', async () => {
      const { store } = await createStore();
      const results = await Promise.allSettled(
        ['yes', 'no'].map(status =>
          store.writeAnswers({
            subject: subject('race'),
            writes: [write('q1', status as AnswerWrite['status'])],
            actor: 'user:default/x',
            now: '2026-01-01T00:00:00.000Z',
            computeScore: countYes,
          }),
        ),
      );
      expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find(r => r.status === 'rejected');
      expect((rejected as PromiseRejectedResult).reason.name).toBe(
        'ConflictError',
      );
      const [answer] = await store.getAnswers('component:default/race');
      expect(answer.version).toBe(1);
    });

    it('queries scores by ref, kind, level and range, paginated', async () => {
      const { store } = await createStore();
      const yesCounts: Record<string, number> = { a: 0, b: 1, c: 2, d: 3 };
      for (const [name, yes] of Object.entries(yesCounts)) {
        await store.writeAnswers({
          subject: subject(
            name,
            name === 'd' ? { kind: 'API', entityRef: 'api:default/d' } : {},
          ),
          writes: Array.from({ length: Math.max(yes, 1) }, (_, i) =>
            write(`q${i}`, yes ? 'yes' : 'no'),
          ),
          actor: 'user:default/alice',
          now: '2026-01-01T00:00:00.000Z',
          computeScore: countYes,
        });
      }
      const refs = (p: { items: { entityRef: string }[] }) =>
        p.items.map(i => i.entityRef.split('/')[1]);

      const all = await store.queryScores({ limit: 2 });
      expect(refs(all)).toEqual(['d', 'a']);
      expect(all.totalCount).toBe(4);
      expect(all.nextCursor).toBe('component:default/a');
      const next = await store.queryScores({
        limit: 2,
        cursor: all.nextCursor,
      });
      expect(refs(next)).toEqual(['b', 'c']);
      expect(next.nextCursor).toBeUndefined();
      // Counted on the first page only.
      expect(next.totalCount).toBeUndefined();

      // Only the fields asked for, read from their columns, with the same cursor.
      const picked = await store.queryScores({
        limit: 2,
        fields: ['level', 'answered'],
      });
      expect(picked.items).toEqual([
        { entityRef: 'api:default/d', level: 'silver', answered: 3 },
        { entityRef: 'component:default/a', level: null, answered: 1 },
      ]);
      expect(picked.nextCursor).toBe(all.nextCursor);

      expect(
        refs(await store.queryScores({ kinds: ['Component'], limit: 10 })),
      ).toEqual(['a', 'b', 'c']);
      expect(
        refs(await store.queryScores({ levels: ['silver'], limit: 10 })),
      ).toEqual(['d', 'c']);
      expect(
        refs(await store.queryScores({ levels: ['none'], limit: 10 })),
      ).toEqual(['a', 'b']);
      expect(
        refs(
          await store.queryScores({ levels: ['none', 'silver'], limit: 10 }),
        ),
      ).toHaveLength(4);
      expect(
        refs(
          await store.queryScores({ minScore: 10, maxScore: 20, limit: 10 }),
        ),
      ).toEqual(['b', 'c']);
      expect(
        refs(
          await store.queryScores({
            entityRefs: ['component:default/a', 'component:default/zzz'],
            limit: 10,
          }),
        ),
      ).toEqual(['a']);
    });

    it('finds and rescores scores that went stale or use an old checklist', async () => {
      const { store } = await createStore();
      for (const name of ['fresh', 'stale', 'changed']) {
        await store.writeAnswers({
          subject: subject(name),
          writes: [write('q1', 'yes')],
          actor: 'user:default/alice',
          now: '2026-01-01T00:00:00.000Z',
          computeScore: answers => ({
            ...countYes(answers),
            checklistHash: name === 'changed' ? 'old' : 'h1',
            nextStaleAt:
              name === 'stale'
                ? '2026-02-01T00:00:00.000Z'
                : '2027-01-01T00:00:00.000Z',
          }),
        });
      }
      const due = await store.listScoresToRefresh({
        currentHashes: { c: 'h1' },
        now: '2026-03-01T00:00:00.000Z',
        limit: 10,
      });
      expect(due.map(s => s.name)).toEqual(['changed', 'stale']);

      const rescored = await store.rescore({
        subject: due[0],
        now: '2026-03-01T00:00:00.000Z',
        computeScore: answers => ({ ...countYes(answers), score: 5 }),
      });
      expect(rescored).toMatchObject({
        score: 5,
        checklistHash: 'h1',
        updatedAt: '2026-01-01T00:00:00.000Z',
        scoredAt: '2026-03-01T00:00:00.000Z',
      });
      const again = await store.listScoresToRefresh({
        currentHashes: { c: 'h1' },
        now: '2026-03-01T00:00:00.000Z',
        limit: 10,
      });
      expect(again.map(s => s.name)).toEqual(['stale']);
    });
  },
);
