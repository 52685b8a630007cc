import { bothDatabases } from '../__testUtils__/bothDatabases';
import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readinessEvidenceExtensionPoint } from '@readiness/plugin-readiness-node';
import request from 'supertest';
import { readinessPlugin } from '../plugin';
import { checkResponsesAgainstSpec } from '../service/__testUtils__/checkResponsesAgainstSpec';

jest.setTimeout(60_000);

/** While set, the example provider waits for it, as one reading a slow code host would. */
let slowHost: Promise<void> | undefined;

/** An example module: answers the CI question from a made-up annotation. */
const ciEvidenceModule = createBackendModule({
  pluginId: 'readiness',
  moduleId: 'test-ci-evidence',
  register(reg) {
    reg.registerInit({
      deps: { evidence: readinessEvidenceExtensionPoint },
      async init({ evidence }) {
        evidence.addEvidenceProvider({
          id: 'test-ci',
          title: 'Test CI',
          questionIds: ['software-quality.ci'],
          async evaluate(entity) {
            await slowHost;
            const pipeline = entity.metadata.annotations?.['example.com/ci'];
            return pipeline
              ? [
                  {
                    questionId: 'software-quality.ci',
                    status: 'yes',
                    note: `Pipeline ${pipeline} runs on every change.`,
                    links: [`https://ci.example.com/${pipeline}`],
                  },
                ]
              : [];
          },
        });
      },
    });
  },
});

const ENTITY = '/api/readiness/entities/component/default/payments';
const CI = `${ENTITY}/answers/software-quality.ci`;
const alice = mockCredentials.user.header('user:default/alice');

const databases = bothDatabases();

async function start(databaseId: TestDatabaseId) {
  const { server } = await startTestBackend({
    features: [
      readinessPlugin,
      mockServices.database.factory({ knex: await databases.init(databaseId) }),
      ciEvidenceModule,
      catalogServiceMock.factory({
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: {
              name: 'payments',
              namespace: 'default',
              annotations: { 'example.com/ci': 'payments-main' },
            },
            spec: { type: 'service', owner: 'team-a' },
          },
        ],
      }),
      mockServices.rootConfig.factory({
        data: {
          readiness: {
            evidence: { catalogMetadata: { enabled: false } },
          },
        },
      }),
    ],
  });
  checkResponsesAgainstSpec(server);
  return server;
}

const ciAnswer = (body: { answers: { questionId: string }[] }) =>
  body.answers.find(a => a.questionId === 'software-quality.ci');

describe.each(databases.eachSupportedId())(
  'evidence providers (%s)',
  databaseId => {
    it('answer automatically; a person confirms or overrides; clearing brings the evidence back', async () => {
      const server = await start(databaseId);

      // Reading has no side effects: nothing has evaluated the evidence yet.
      const unread = await request(server)
        .get(ENTITY)
        .set('Authorization', alice);
      expect(unread.status).toBe(200);
      expect(ciAnswer(unread.body)).toBeUndefined();
      expect(unread.body.result.score).toBe(0);
      expect(
        (await request(server).get(ENTITY).set('Authorization', alice)).body,
      ).toEqual(unread.body);

      // The refresh endpoint runs the providers and rescores.
      const refreshed = await request(server)
        .post(`${ENTITY}/evidence/refresh`)
        .set('Authorization', alice);
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.changed).toBe(true);
      const again = await request(server)
        .post(`${ENTITY}/evidence/refresh`)
        .set('Authorization', alice);
      expect(again.body.changed).toBe(false);

      const first = await request(server)
        .get(ENTITY)
        .set('Authorization', alice);
      expect(first.status).toBe(200);
      expect(first.body).toEqual(again.body.result);
      expect(ciAnswer(first.body)).toMatchObject({
        status: 'yes',
        version: 0,
        source: 'evidence',
        answeredBy: 'evidence:test-ci',
        note: 'Pipeline payments-main runs on every change.',
        links: ['https://ci.example.com/payments-main'],
        evidence: { providerId: 'test-ci', providerTitle: 'Test CI' },
      });
      expect(first.body.result.answered).toBe(1);
      // One set of counts: the automatic answer is not a person's, and is done (a fresh Yes).
      const questions = first.body.checklist.sections.flatMap(
        (s: { questions: unknown[] }) => s.questions,
      ).length;
      expect(first.body.counts).toEqual({
        questions,
        answeredByPeople: 0,
        automatic: 1,
        open: questions - 1,
        needsReview: 0,
      });
      const automaticScore = first.body.result.score;
      expect(automaticScore).toBeGreaterThan(0);

      // A person overrides it (version 0 is the automatic answer's version).
      await request(server)
        .put(CI)
        .set('Authorization', alice)
        .send({
          checklistId: 'backend-project',
          status: 'no',
          expectedVersion: 0,
        })
        .expect(200);
      const overridden = await request(server)
        .get(ENTITY)
        .set('Authorization', alice);
      expect(ciAnswer(overridden.body)).toMatchObject({
        status: 'no',
        version: 1,
        source: 'person',
        answeredBy: 'user:default/alice',
        evidence: { status: 'yes', providerId: 'test-ci' },
      });
      expect(overridden.body.result.score).toBe(0);
      expect(overridden.body.counts).toMatchObject({
        answeredByPeople: 1,
        automatic: 0,
        open: questions,
      });

      // Clearing needs the version read; then the automatic answer applies again.
      const stale = await request(server)
        .delete(`${CI}?expectedVersion=2`)
        .set('Authorization', alice);
      expect(stale.status).toBe(409);
      const cleared = await request(server)
        .delete(`${CI}?expectedVersion=1`)
        .set('Authorization', alice);
      expect(cleared.status).toBe(200);
      expect(ciAnswer(cleared.body)).toMatchObject({
        source: 'evidence',
        version: 0,
      });
      expect(cleared.body.result.score).toBe(automaticScore);
      expect(
        (
          await request(server)
            .delete(`${CI}?expectedVersion=1`)
            .set('Authorization', alice)
        ).status,
      ).toBe(404);

      const history = await request(server)
        .get(`${ENTITY}/history?questionId=software-quality.ci`)
        .set('Authorization', alice);
      expect(
        history.body.items.map((h: { status: string; version: number }) => [
          h.status,
          h.version,
        ]),
      ).toEqual([
        ['cleared', 2],
        ['no', 1],
      ]);
    });

    it('are brought up to date after a write, which never waits for a provider', async () => {
      const server = await start(databaseId);
      let release = () => {};
      slowHost = new Promise(resolve => {
        release = resolve;
      });
      try {
        const write = await request(server)
          .put(`${ENTITY}/answers/software-quality.backend-tests`)
          .set('Authorization', alice)
          .send({
            checklistId: 'backend-project',
            status: 'yes',
            expectedVersion: 0,
          });
        // Answered while the provider still waits: the write did not wait for it.
        expect(write.status).toBe(200);
        expect(write.body.result.answered).toBe(1);
        release();
        let read = await request(server)
          .get(ENTITY)
          .set('Authorization', alice);
        for (let i = 0; i < 100 && !ciAnswer(read.body); i++) {
          await new Promise(r => setTimeout(r, 50));
          read = await request(server).get(ENTITY).set('Authorization', alice);
        }
        expect(ciAnswer(read.body)).toMatchObject({
          source: 'evidence',
          status: 'yes',
        });
        expect(read.body.result.answered).toBe(2);
        expect(read.body.result.score).toBeGreaterThan(write.body.result.score);
      } finally {
        release();
        slowHost = undefined;
      }
    });
  },
);
