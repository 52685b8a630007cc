import { TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import {
  asService,
  asUser,
  ReadinessTestBackend,
  startReadinessBackend,
  testEntity,
} from './__testUtils__/startReadinessBackend';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3'],
  disableDocker: true,
});
const ENTITY = '/api/readiness/entities/component/default/payments';
const catalog = catalogServiceMock({
  entities: [testEntity('Component', 'payments', { type: 'service' })],
});

/**
 * In production (NODE_ENV=production) an error body says what is wrong and nothing about the
 * code: no stack trace, whatever the status.
 */
describe('error bodies in production', () => {
  let backend: ReadinessTestBackend;
  const nodeEnv = process.env.NODE_ENV;

  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    backend = await startReadinessBackend({
      databases,
      databaseId: 'SQLITE_3',
      entities: [testEntity('Component', 'payments', { type: 'service' })],
      catalogOverrides: {
        // An entity whose catalog read fails, for a 503.
        getEntityByRef: async (ref, options) => {
          const name = typeof ref === 'string' ? ref : ref.name;
          if (name.includes('broken')) {
            throw new Error('connect ECONNREFUSED 10.0.0.7:7007');
          }
          return catalog.getEntityByRef(ref, options);
        },
      },
    });
  });
  afterAll(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it.each([
    ['a 400 from the validator', 'get', '/api/readiness/scores?limit=abc', 400],
    ['a 400 from the domain', 'post', '/api/readiness/campaigns', 400],
    ['a 403', 'post', `${ENTITY}/answers`, 403],
    ['a 404', 'get', '/api/readiness/entities/component/default/nope', 404],
    ['a 409', 'put', `${ENTITY}/answers/software-quality.ci`, 409],
    ['a 503', 'get', '/api/readiness/entities/component/default/broken', 503],
  ] as const)('%s carries no stack trace', async (_, method, path, status) => {
    const bodies: Record<string, object> = {
      '/api/readiness/campaigns': {
        title: 'T',
        scope: {},
        target: { level: 'bronze' },
        startsOn: '2027-13-01',
        dueOn: '2027-12-31',
        reminderDays: 1,
      },
      [`${ENTITY}/answers`]: {
        checklistId: 'backend-project',
        answers: [
          {
            questionId: 'software-quality.ci',
            status: 'yes',
            expectedVersion: 0,
          },
        ],
      },
      [`${ENTITY}/answers/software-quality.ci`]: {
        checklistId: 'backend-project',
        status: 'yes',
        expectedVersion: 7,
      },
    };
    const header =
      status === 403
        ? asService('plugin:stranger')
        : asUser('user:default/alice');
    const req = request(backend.server)
      [method](path)
      .set('Authorization', header);
    const res = bodies[path] ? await req.send(bodies[path]) : await req;
    expect(res.status).toBe(status);
    expect(res.body.error.message).toEqual(expect.any(String));
    expect(res.body.error.stack).toBeUndefined();
    expect(res.text).not.toMatch(/\n\s+at /);
    expect(res.text).not.toContain('10.0.0.7');
  });
});
