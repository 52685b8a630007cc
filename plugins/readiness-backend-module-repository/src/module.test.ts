import { createServiceFactory } from '@backstage/backend-plugin-api';
import { urlReaderFactoriesServiceRef } from '@backstage/backend-defaults/urlReader';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import readinessPlugin from '@readiness/plugin-readiness-backend';
import request from 'supertest';
import {
  componentAt,
  SAMPLES_ROOT,
  SAMPLES_URL,
} from './__testUtils__/sampleRepositories';
import readinessModuleRepository from './index';
import { LocalFolderUrlReader } from './testUtils/LocalFolderUrlReader';

jest.setTimeout(60_000);

/** The sample repositories, behind the backend's URL reader as a code host would be. */
const localFolders = createServiceFactory({
  service: urlReaderFactoriesServiceRef,
  deps: {},
  factory: () =>
    LocalFolderUrlReader.factory({ baseUrl: SAMPLES_URL, root: SAMPLES_ROOT }),
});

const start = (repository: object = {}) =>
  startTestBackend({
    features: [
      readinessPlugin,
      readinessModuleRepository,
      localFolders,
      catalogServiceMock.factory({
        entities: [
          componentAt('orders', `${SAMPLES_URL}python-fastapi-service/`),
          componentAt('gone', `${SAMPLES_URL}no-such-repository/`),
        ],
      }),
      mockServices.rootConfig.factory({
        data: {
          readiness: {
            evidence: { catalogMetadata: { enabled: false } },
            repository,
          },
        },
      }),
    ],
  });

describe('readinessModuleRepository', () => {
  it('answers from the repository through the backend URL reader, with links to the files', async () => {
    const { server } = await start();
    const path = '/api/readiness/entities/component/default/orders';
    const auth = mockCredentials.user.header('user:default/alice');
    await request(server)
      .post(`${path}/evidence/refresh`)
      .set('Authorization', auth)
      .expect(200);
    const { body } = await request(server).get(path).set('Authorization', auth);
    const fromRepository = body.answers.filter(
      (a: { evidence?: { providerId: string } }) =>
        a.evidence?.providerId === 'repository',
    );
    expect(fromRepository.length).toBeGreaterThanOrEqual(20);
    expect(
      body.answers.find(
        (a: { questionId: string }) => a.questionId === 'software-quality.ci',
      ),
    ).toMatchObject({
      status: 'yes',
      source: 'evidence',
      evidence: {
        providerTitle: 'Repository',
        links: [
          `${SAMPLES_URL}python-fastapi-service/.github/workflows/ci.yml`,
          `${SAMPLES_URL}python-fastapi-service/.github/workflows/release.yml`,
        ],
      },
    });
    expect(body.evidenceProblems).toBeUndefined();
  });

  it('says on the entity why its repository could not be read', async () => {
    const { server } = await start();
    const path = '/api/readiness/entities/component/default/gone';
    const auth = mockCredentials.user.header('user:default/alice');
    // An answer gives it a readiness subject now, as the catalog reconcile would later.
    await request(server)
      .put(`${path}/answers/architecture.data-flow`)
      .set('Authorization', auth)
      .send({
        checklistId: 'backend-project',
        status: 'yes',
        expectedVersion: 0,
      })
      .expect(200);
    await request(server)
      .post(`${path}/evidence/refresh`)
      .set('Authorization', auth)
      .expect(200);
    const { body } = await request(server).get(path).set('Authorization', auth);
    expect(body.evidenceProblems).toEqual([
      expect.objectContaining({
        providerId: 'repository',
        providerTitle: 'Repository',
        attempted: 'read the repository',
        reason: expect.stringMatching(/^not found/),
      }),
    ]);
    // The review lists it for the platform team.
    const review = await request(server)
      .get('/api/readiness/report/evidence-problems')
      .set('Authorization', auth);
    expect(review.body).toEqual({
      totalCount: 1,
      items: [
        expect.objectContaining({
          entityRef: 'component:default/gone',
          providerTitle: 'Repository',
          attempted: 'read the repository',
        }),
      ],
    });
  });

  it('refuses to start with an invalid rule, naming the key', async () => {
    await expect(
      start({
        rules: [
          {
            questionId: 'software-quality.ci',
            outcomes: [
              { status: 'yes', note: 'n', when: { files: 'x', matches: '(' } },
            ],
          },
        ],
      }),
    ).rejects.toThrow(
      "readiness.repository.rules[0].outcomes[0].when.matches '(' is not a valid RE2 regular expression",
    );
  });
});
