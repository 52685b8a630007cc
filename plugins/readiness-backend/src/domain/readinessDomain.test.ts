import { bothDatabases } from '../__testUtils__/bothDatabases';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { Knex } from 'knex';
import { readReadinessConfig } from '../config/readReadinessConfig';
import { testDomain } from '../service/__testUtils__/testDomain';
import { ReadinessDomain } from './createReadinessDomain';
import { ScoreChange } from './ScoreChange';

jest.setTimeout(60_000);

const payments: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
};
const access = { canEdit: true, owners: ['group:default/team-a'] };
const DAY = 24 * 60 * 60 * 1000;

const databases = bothDatabases();

describe.each(databases.eachSupportedId())(
  'the readiness domain (%s)',
  databaseId => {
    async function setup() {
      const knex: Knex = await databases.init(databaseId);
      let now = new Date('2026-01-01T00:00:00.000Z');
      const changes: ScoreChange[] = [];
      const { database } = await testDomain({
        knex,
        config: readReadinessConfig(new ConfigReader({})),
      });
      const store = database.answers;
      const make = async (readiness: object = {}) =>
        (
          await testDomain({
            knex,
            config: readReadinessConfig(new ConfigReader({ readiness })),
            entities: [payments],
            clock: () => now,
            onScoresChanged: c => changes.push(...c),
          })
        ).domain;
      const advance = (days: number) => {
        now = new Date(now.getTime() + days * DAY);
      };
      return { store, make, advance, changes, now: () => now };
    }

    const answerAll = async (service: ReadinessDomain) =>
      (
        await service.writer.writeAnswers(
          payments,
          {
            checklistId: 'backend-project',
            answers: service.reader
              .listChecklists()
              .items[0].sections.flatMap(s => s.questions)
              .map(q => ({
                questionId: q.id,
                status: 'yes' as const,
                expectedVersion: 0,
              })),
          },
          'user:default/alice',
        )
      ).result;

    it('takes credit away from stored scores once answers go stale', async () => {
      const { store, make, advance } = await setup();
      const service = await make();
      const written = await answerAll(service);
      expect(written.result).toMatchObject({ score: 100, stale: 0 });
      expect(written.result.level?.id).toBe('gold');

      advance(179);
      expect(await service.refresher.refreshScores()).toBe(0);
      advance(2);
      expect(await service.refresher.refreshScores()).toBe(1);
      const [stored] = (await store.queryScores({ limit: 10 })).items;
      expect(stored).toMatchObject({
        score: 0,
        level: null,
        stale: 56,
        answered: 56,
      });
      const read = await service.reader.getEntityReadiness(payments, access);
      expect(read.answers.every(a => a.stale)).toBe(true);
      expect(read.result?.score).toBe(0);
      expect(await service.refresher.refreshScores()).toBe(0);
    });

    it('rescores and keeps answers when the checklist changes', async () => {
      const { store, make } = await setup();
      await answerAll(await make());
      const changed = await make({
        checklists: [
          {
            id: 'backend-project',
            title: 'Trimmed',
            extends: 'backend-project',
            removeQuestions: ['databases.backups', 'software-quality.ci'],
            sections: [
              {
                id: 'operations',
                title: 'Operations',
                questions: [{ id: 'operations.runbook', text: 'Runbook?' }],
              },
            ],
          },
        ],
      });
      expect(await changed.refresher.refreshScores()).toBe(1);
      const [stored] = (await store.queryScores({ limit: 10 })).items;
      expect(stored.questions).toBe(55);
      expect(stored.answered).toBe(54);
      expect(stored.score).toBeLessThan(100);

      const read = await changed.reader.getEntityReadiness(payments, access);
      expect(read.orphanedAnswers.map(a => a.questionId).sort()).toEqual([
        'databases.backups',
        'software-quality.ci',
      ]);
      expect(read.answers).toHaveLength(54);
      expect(await store.getAnswers('component:default/payments')).toHaveLength(
        56,
      );
    });

    it('reports every recomputed score, and refreshes only when something changed', async () => {
      const { store, make, advance, changes, now } = await setup();
      const service = await make();
      await answerAll(service);
      expect(changes).toEqual([
        {
          cause: 'person',
          entityRef: 'component:default/payments',
          score: 100,
          level: 'gold',
          owner: 'team-a',
          stale: 0,
        },
      ]);

      advance(100);
      expect(await service.refresher.refreshScores()).toBe(0);
      expect(changes).toHaveLength(1);

      advance(81);
      expect(await service.refresher.refreshScores()).toBe(1);
      expect(changes[1]).toEqual({
        cause: 'refresh',
        entityRef: 'component:default/payments',
        score: 0,
        level: null,
        owner: 'team-a',
        stale: 56,
        previous: { score: 100, level: 'gold', stale: 0 },
      });

      const since = now().toISOString();
      const recent = await service.scores.queryScores({
        limit: 10,
        scoredSince: since,
      });
      expect(recent.items.map(i => i.entityRef)).toEqual([
        'component:default/payments',
      ]);
      advance(1);
      expect(
        (
          await service.scores.queryScores({
            limit: 10,
            scoredSince: now().toISOString(),
          })
        ).items,
      ).toEqual([]);
      await expect(
        service.scores.queryScores({ limit: 10, scoredSince: 'yesterday' }),
      ).rejects.toThrow(
        "scoredSince 'yesterday' is not an ISO 8601 date and time",
      );
      expect(await store.queryScores({ limit: 10 })).toMatchObject({
        totalCount: 1,
      });
    });
  },
);
