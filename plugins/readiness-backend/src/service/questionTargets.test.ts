import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { bothDatabases } from '../__testUtils__/bothDatabases';
import { readReadinessConfig } from '../config/readReadinessConfig';
import { ANSWERS, HISTORY } from '../database/tables';
import { ReviewService } from '../domain/ReviewService';
import { testDomain } from './__testUtils__/testDomain';

jest.setTimeout(60_000);

const component = (name: string, type: string, owner: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type, owner, lifecycle: 'production' },
  relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
});

const entities = {
  a: component('a', 'service', 'team-a'),
  b: component('b', 'service', 'team-b'),
  web: component('web', 'website', 'team-a'),
  lib: component('lib', 'library', 'team-a'),
};

// q1 is asked of every component, q2 of services only (its own targets), q3 (the data
// section) of services and websites.
const readiness = {
  defaultChecklist: { enabled: false },
  checklists: [
    {
      id: 'test',
      title: 'Test',
      appliesTo: [{ kind: 'Component' }],
      sections: [
        {
          id: 'ops',
          title: 'Operations',
          questions: [
            { id: 'q1', text: 'Question one' },
            {
              id: 'q2',
              text: 'Question two',
              appliesTo: [{ kind: 'Component', types: ['service'] }],
            },
          ],
        },
        {
          id: 'data',
          title: 'Data',
          appliesTo: [{ kind: 'component', types: ['service', 'website'] }],
          questions: [{ id: 'q3', text: 'Question three', weight: 2 }],
        },
      ],
    },
  ],
};

const databases = bothDatabases();

describe.each(databases.eachSupportedId())(
  'questions asked of some entities (%s)',
  databaseId => {
    async function setup(
      settings: object = readiness,
      existing?: Awaited<ReturnType<typeof databases.init>>,
    ) {
      const knex = existing ?? (await databases.init(databaseId));
      const config = readReadinessConfig(
        new ConfigReader({ readiness: settings }),
      );
      const now = new Date('2026-01-01T12:00:00.000Z');
      const { domain, database } = await testDomain({
        knex,
        config,
        entities: Object.values(entities),
        clock: () => now,
      });
      const answer = (
        entity: Entity,
        answers: [string, 'yes' | 'partial' | 'no'][],
      ) =>
        domain.writer.writeAnswers(
          entity,
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
      const review = new ReviewService({
        store: database.review,
        config,
        clock: () => now,
      });
      return { knex, domain, answer, review };
    }
    const access = { canEdit: true, owners: [] };

    it('asks, scores and accepts only the questions that apply to the entity', async () => {
      const { knex, domain, answer } = await setup();
      const library = await domain.reader.getEntityReadiness(
        entities.lib,
        access,
      );
      expect(
        library.checklist?.sections.map(s => [
          s.id,
          s.questions.map(q => q.id),
        ]),
      ).toEqual([['ops', ['q1']]]);
      const website = await domain.reader.getEntityReadiness(
        entities.web,
        access,
      );
      expect(
        website.checklist?.sections.flatMap(s => s.questions.map(q => q.id)),
      ).toEqual(['q1', 'q3']);

      const refused = answer(entities.lib, [
        ['q1', 'yes'],
        ['q3', 'yes'],
      ]);
      await expect(refused).rejects.toThrow(InputError);
      await expect(refused).rejects.toThrow(
        "answers[1]: question 'q3' of checklist 'test' is not asked of Component entities of type 'library'",
      );
      expect(await knex(ANSWERS).select('question_id')).toEqual([]);
      expect(await knex(HISTORY).select('question_id')).toEqual([]);

      // One question of one is answered Yes: the library is done.
      const { result } = await answer(entities.lib, [['q1', 'yes']]);
      expect(result.result).toMatchObject({ score: 100, questions: 1 });
    });

    it('keeps an answer given before the question stopped applying, not scored', async () => {
      const { knex, domain, answer } = await setup();
      await answer(entities.lib, [['q1', 'no']]);
      // As if q2 had been answered when it still applied to libraries.
      await knex(ANSWERS).insert({
        entity_ref: 'component:default/lib',
        question_id: 'q2',
        status: 'yes',
        version: 1,
        answered_by: 'user:default/alice',
        answered_at: '2025-12-01T00:00:00.000Z',
        reviewed_at: '2025-12-01T00:00:00.000Z',
      });
      const read = await domain.reader.getEntityReadiness(entities.lib, access);
      expect(read.orphanedAnswers.map(a => a.questionId)).toEqual(['q2']);
      expect(read.result).toMatchObject({ score: 0, questions: 1 });
    });

    it('counts each question over the entities it is asked of, with or without filters', async () => {
      // The library answers q2 and q3 while they are still asked of every component...
      const untargeted = JSON.parse(JSON.stringify(readiness));
      delete untargeted.checklists[0].sections[0].questions[1].appliesTo;
      delete untargeted.checklists[0].sections[1].appliesTo;
      const before = await setup(untargeted);
      await before.answer(entities.lib, [
        ['q2', 'yes'],
        ['q3', 'yes'],
      ]);
      // ... then the targets arrive: the refresh task rescores every entity once (the
      // checklist's fingerprint changed), and the library's two answers are orphaned.
      const { knex, domain, answer, review } = await setup(
        readiness,
        before.knex,
      );
      expect(await domain.refresher.refreshScores()).toBe(1);
      expect(
        await knex('readiness_scores')
          .where({ entity_ref: 'component:default/lib' })
          .first('orphaned'),
      ).toEqual({ orphaned: 2 });
      await answer(entities.a, [
        ['q1', 'yes'],
        ['q2', 'yes'],
        ['q3', 'no'],
      ]);
      await answer(entities.b, [['q2', 'partial']]);
      await answer(entities.web, [
        ['q1', 'no'],
        ['q3', 'yes'],
      ]);
      await answer(entities.lib, [['q1', 'yes']]);

      const figures = (
        report: Awaited<ReturnType<ReviewService['getReport']>>,
      ) =>
        Object.fromEntries(
          report.questions.map(q => [
            q.questionId,
            [q.entities, q.yes, q.partial, q.no, q.unanswered],
          ]),
        );
      const everything = await review.getReport('owner', {});
      expect(figures(everything)).toEqual({
        q1: [4, 2, 0, 1, 1],
        q2: [2, 1, 1, 0, 0],
        q3: [3, 1, 0, 1, 1],
      });
      expect(everything.sections.map(s => s.id)).toEqual(['ops', 'data']);

      // Filtered to team-a (a, web, lib): the other code path, the same rule.
      const teamA = await review.getReport('owner', {
        owners: ['group:default/team-a'],
      });
      expect(figures(teamA)).toEqual({
        q1: [3, 2, 0, 1, 0],
        q2: [1, 1, 0, 0, 0],
        q3: [2, 1, 0, 1, 0],
      });

      // Libraries only: no question about data is listed.
      const libraries = await review.getReport('owner', { types: ['library'] });
      expect(figures(libraries)).toEqual({ q1: [1, 1, 0, 0, 0] });
      expect(libraries.sections.map(s => s.id)).toEqual(['ops']);
    });
  },
);
