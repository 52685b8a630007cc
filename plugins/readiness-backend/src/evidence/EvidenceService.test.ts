import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { Checklist } from '@readiness/plugin-readiness-common';
import {
  EvidenceUnavailableError,
  ReadinessEvidenceProvider,
} from '@readiness/plugin-readiness-node';
import { bothDatabases } from '../__testUtils__/bothDatabases';
import { createReadinessDatabase } from '../database/createReadinessDatabase';
import { EvidenceStore } from '../database/EvidenceStore';
import { EvidenceService, failureOf } from './EvidenceService';

jest.setTimeout(60_000);

const databases = bothDatabases();

const checklist: Checklist = {
  id: 'c',
  title: 'C',
  appliesTo: [{ kind: 'Component' }],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: ['q1', 'q2', 'q3'].map(id => ({
        id,
        text: id,
        guidance: '',
        weight: 1,
      })),
    },
  ],
};
const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'a', namespace: 'default' },
};
const ENTITY = 'component:default/a';

const provider = (
  id: string,
  questionIds: string[],
  answers: { questionId: string; status: 'yes' | 'no' | 'na'; note?: string }[],
): ReadinessEvidenceProvider => ({
  id,
  title: id,
  questionIds,
  evaluate: async () => answers.map(a => ({ note: '', ...a })),
});

/** A provider that answers until told to fail, then throws what it is given. */
function flakyProvider() {
  const state: { error?: unknown } = {};
  const flaky: ReadinessEvidenceProvider = {
    id: 'repository',
    title: 'Repository',
    questionIds: ['q2'],
    evaluate: async () => {
      if (state.error) {
        throw state.error;
      }
      return [{ questionId: 'q2', status: 'yes', note: 'CI workflow found' }];
    },
  };
  return { flaky, state };
}

describe.each(databases.eachSupportedId())(
  'EvidenceService (%s)',
  databaseId => {
    const now = new Date('2026-11-29T10:00:00Z');
    const later = (minutes: number) =>
      new Date(now.getTime() + minutes * 60_000);
    let store: EvidenceStore;

    beforeEach(async () => {
      const knex = await databases.init(databaseId);
      ({ evidence: store } = await createReadinessDatabase({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      }));
      // The entity's readiness subject, as the catalog reconcile gives it: the review lists
      // the problems of entities in the catalog only.
      await knex('readiness_scores').insert({
        entity_ref: ENTITY,
        kind: 'component',
        namespace: 'default',
        name: 'a',
        checklist_id: 'c',
        checklist_hash: 'h',
        level_rank: -1,
        earned: 0,
        possible: 0,
        questions: 3,
        answered: 0,
        stale: 0,
        not_applicable: 0,
        updated_at: now.toISOString(),
        scored_at: now.toISOString(),
      });
    });

    const serviceWith = (providers: ReadinessEvidenceProvider[]) => {
      const logger = mockServices.logger.mock();
      return {
        logger,
        service: new EvidenceService({
          providers,
          store,
          logger,
          getEntity: async () => undefined,
          maxAgeMs: 60_000,
        }),
      };
    };

    it('lets the first provider own a question and drops answers it did not declare', async () => {
      const { service, logger } = serviceWith([
        provider(
          'first',
          ['q1'],
          [
            { questionId: 'q1', status: 'yes', note: 'first says yes' },
            { questionId: 'q2', status: 'yes', note: 'not declared' },
          ],
        ),
        {
          ...provider('broken', ['q2'], []),
          evaluate: async () => {
            throw new Error('boom');
          },
        },
        provider(
          'second',
          ['q1', 'q3', 'q9'],
          [
            { questionId: 'q1', status: 'no', note: 'second says no' },
            { questionId: 'q3', status: 'na' },
            { questionId: 'q9', status: 'yes', note: 'not in the checklist' },
          ],
        ),
      ]);

      expect(await service.evaluate(entity, checklist, now)).toBe(true);
      expect(
        (await store.getEvidence(ENTITY)).map(e => [
          e.questionId,
          e.providerId,
          e.status,
        ]),
      ).toEqual([['q1', 'first', 'yes']]);
      expect(logger.warn).toHaveBeenCalledWith(
        'Evidence provider broken failed for component:default/a: boom',
      );
      // Nothing changed on a second evaluation: the answers were checked again, at its time.
      expect(await service.evaluate(entity, checklist, later(1))).toBe(false);
      expect(
        (await store.getEvidence(ENTITY)).map(e => [
          e.questionId,
          e.evaluatedAt,
        ]),
      ).toEqual([['q1', later(1).toISOString()]]);
      expect(await store.getLastRun(ENTITY)).toBe(later(1).toISOString());
      expect(await store.getProblems(ENTITY)).toEqual([
        expect.objectContaining({ providerId: 'broken' }),
      ]);
    });

    it.each([
      [
        'an unreadable repository',
        new EvidenceUnavailableError('read the repository', '404 Not Found'),
      ],
      [
        'a rate limit',
        new EvidenceUnavailableError(
          'read the repository',
          'rate limited until 10:42',
        ),
      ],
      ['a provider that throws', new Error('socket hang up')],
    ])(
      'keeps the answers a provider gave before when it fails: %s',
      async (_, error) => {
        const { flaky, state } = flakyProvider();
        const { service } = serviceWith([
          provider('catalog', ['q1'], [{ questionId: 'q1', status: 'yes' }]),
          flaky,
        ]);
        await service.evaluate(entity, checklist, now);
        const before = await store.getEvidence(ENTITY);
        expect(before.map(e => [e.questionId, e.providerId])).toEqual([
          ['q1', 'catalog'],
          ['q2', 'repository'],
        ]);

        state.error = error;
        expect(await service.evaluate(entity, checklist, later(10))).toBe(
          false,
        );
        expect(
          (await store.getEvidence(ENTITY)).map(e => [
            e.questionId,
            e.status,
            e.note,
          ]),
        ).toEqual(before.map(e => [e.questionId, e.status, e.note]));
        const [problem] = await store.getProblems(ENTITY);
        expect(problem).toMatchObject({
          providerId: 'repository',
          attempted:
            error instanceof EvidenceUnavailableError
              ? 'read the repository'
              : 'run Repository',
          failingSince: later(10).toISOString(),
        });

        // It keeps failing: the first failure's time stays.
        await service.evaluate(entity, checklist, later(20));
        expect(await store.getProblems(ENTITY)).toEqual([
          expect.objectContaining({
            failingSince: later(10).toISOString(),
            lastAttemptAt: later(20).toISOString(),
          }),
        ]);
        expect(
          (await store.listProblems({ limit: 10 })).items.map(p => p.entityRef),
        ).toEqual([ENTITY]);

        // It reads again: the problem is gone.
        state.error = undefined;
        await service.evaluate(entity, checklist, later(30));
        expect(await store.getProblems(ENTITY)).toEqual([]);
      },
    );

    it('is due when never evaluated or older than the maximum age', async () => {
      const { service } = serviceWith([]);
      expect(await service.isDue(ENTITY, now)).toBe(true);
      await store.recordRuns([
        {
          entityRef: ENTITY,
          evidence: [],
          failures: [],
          evaluatedAt: new Date(now.getTime() - 59_000).toISOString(),
        },
      ]);
      expect(await service.isDue(ENTITY, now)).toBe(false);
      await store.recordRuns([
        {
          entityRef: ENTITY,
          evidence: [],
          failures: [],
          evaluatedAt: new Date(now.getTime() - 60_000).toISOString(),
        },
      ]);
      expect(await service.isDue(ENTITY, now)).toBe(true);
    });
  },
);

describe('failureOf', () => {
  it('never keeps credentials or query strings of a URL in the reason', () => {
    expect(
      failureOf(
        { id: 'p', title: 'P' },
        new Error(
          'GET https://x-access-token:ghs_secret@github.example.com/o/r/archive?token=abc failed',
        ),
      ),
    ).toEqual({
      providerId: 'p',
      attempted: 'run P',
      reason: 'GET https://github.example.com/o/r/archive failed',
    });
  });
});
