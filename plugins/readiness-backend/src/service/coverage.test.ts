import { bothDatabases } from '../__testUtils__/bothDatabases';
import { Entity } from '@backstage/catalog-model';
import { ReviewService } from '../domain/ReviewService';
import { testDomain } from './__testUtils__/testDomain';
import {
  reconcileTestCatalog,
  twoQuestionConfig as config,
} from './__testUtils__/reconcileTestCatalog';

jest.setTimeout(60_000);

/**
 * Coverage in the review, with exact figures: the catalog is the population, whether or not
 * anyone answered, and automatic answers count as the scores count them.
 */

const databases = bothDatabases();

const component = (name: string, owner: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', owner, lifecycle: 'production' },
  relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
});

const NOW = new Date('2026-06-01T00:00:00.000Z');

describe.each(databases.eachSupportedId())(
  'review coverage (%s)',
  databaseId => {
    async function setup() {
      const knex = await databases.init(databaseId);
      // team-a: a (a person answered), b (automatic answers only), c (nothing);
      // team-b: d (nothing), e (a person answered, then e leaves the catalog).
      let entities = ['a', 'b', 'c'].map(n => component(n, 'team-a'));
      entities.push(component('d', 'team-b'), component('e', 'team-b'));
      const { database, domain } = await testDomain({
        knex,
        config,
        entities,
        clock: () => NOW,
      });
      const reconcile = (at: Date) =>
        reconcileTestCatalog({ entities, database, config, at });
      await knex('readiness_evidence').insert([
        // b: automatic Yes to q1, automatic No to q2.
        {
          entity_ref: 'component:default/b',
          question_id: 'q1',
          provider_id: 'p',
          status: 'yes',
          note: 'found',
          links: '[]',
          evaluated_at: NOW.toISOString(),
        },
        {
          entity_ref: 'component:default/b',
          question_id: 'q2',
          provider_id: 'p',
          status: 'no',
          note: 'missing',
          links: '[]',
          evaluated_at: NOW.toISOString(),
        },
        // a: an automatic No to q2 that a person's Yes overrides.
        {
          entity_ref: 'component:default/a',
          question_id: 'q2',
          provider_id: 'p',
          status: 'no',
          note: 'missing',
          links: '[]',
          evaluated_at: NOW.toISOString(),
        },
      ]);
      await reconcile(NOW);
      const answer = (name: string, answers: [string, 'yes' | 'no'][]) =>
        domain.writer.writeAnswers(
          entities.find(e => e.metadata.name === name)!,
          {
            checklistId: 'test',
            answers: answers.map(([questionId, status]) => ({
              questionId,
              status,
              expectedVersion: 0,
            })),
          },
          'user:default/alice',
        );
      await answer('a', [
        ['q1', 'yes'],
        ['q2', 'yes'],
      ]);
      await answer('e', [['q1', 'yes']]);
      entities = entities.filter(e => e.metadata.name !== 'e');
      await reconcile(new Date(NOW.getTime() + 60 * 60_000));
      const review = new ReviewService({
        store: database.review,
        config,
        clock: () => NOW,
      });
      return { review, knex };
    }

    it('counts every entity in scope by assessment state, overall and per team', async () => {
      const { review } = await setup();
      const report = await review.getReport('owner', {});
      expect(report.population).toBe('all');
      // a 100 (assessed, gold), b 50 (automatic, bronze), c 0, d 0; e left the catalog.
      expect(report.totals).toMatchObject({
        coverage: { inScope: 4, assessed: 1, automatic: 1, notStarted: 2 },
        entities: 4,
        averageScore: 37.5,
        levels: { none: 2, bronze: 1, silver: 0, gold: 1 },
      });
      expect(
        report.groups.map(g => ({
          key: g.key,
          coverage: g.coverage,
          entities: g.entities,
        })),
      ).toEqual([
        {
          key: 'group:default/team-a',
          coverage: { inScope: 3, assessed: 1, automatic: 1, notStarted: 1 },
          entities: 3,
        },
        {
          // Nobody answered anything for team-b: it still shows, with its gap.
          key: 'group:default/team-b',
          coverage: { inScope: 1, assessed: 0, automatic: 0, notStarted: 1 },
          entities: 1,
        },
      ]);
    });

    it('computes scores over the assessed entities only when asked, coverage unchanged', async () => {
      const { review } = await setup();
      const report = await review.getReport('owner', {}, undefined, 'assessed');
      expect(report.population).toBe('assessed');
      expect(report.totals).toMatchObject({
        coverage: { inScope: 4, assessed: 1, automatic: 1, notStarted: 2 },
        entities: 1,
        averageScore: 100,
      });
      expect(
        report.groups.find(g => g.key === 'group:default/team-b'),
      ).toMatchObject({
        coverage: { inScope: 1, notStarted: 1 },
        entities: 0,
        averageScore: null,
      });
    });

    it('counts automatic answers in the question figures as the scores do, apart from unanswered', async () => {
      const { review } = await setup();
      const { questions } = await review.getReport('owner', {});
      const pick = (q: (typeof questions)[number]) => ({
        id: q.questionId,
        entities: q.entities,
        yes: q.yes,
        no: q.no,
        automatic: q.automatic,
        unanswered: q.unanswered,
      });
      expect(questions.map(pick)).toEqual([
        // q1: a's Yes (person), b's Yes (automatic); c and d have nothing.
        { id: 'q1', entities: 4, yes: 2, no: 0, automatic: 1, unanswered: 2 },
        // q2: a's Yes overrides its automatic No; b's automatic No.
        { id: 'q2', entities: 4, yes: 1, no: 1, automatic: 1, unanswered: 2 },
      ]);
    });

    it('leaves removed entities out of the snapshot', async () => {
      const { review, knex } = await setup();
      await review.takeDailySnapshot();
      const rows = await knex('readiness_snapshots')
        .select('entity_ref')
        .orderBy('entity_ref');
      expect(rows.map(r => r.entity_ref)).toEqual([
        'component:default/a',
        'component:default/b',
        'component:default/c',
        'component:default/d',
      ]);
    });
  },
);
