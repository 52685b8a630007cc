import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { bothDatabases } from '../__testUtils__/bothDatabases';
import {
  asService,
  asUser,
  dumpAnswerTables,
  ReadinessTestBackend,
  startReadinessBackend,
  testEntity,
} from './__testUtils__/startReadinessBackend';
import { testPermissionsFactory } from './__testUtils__/testPermissions';

jest.setTimeout(120_000);

/**
 * Every write operation against every kind of principal: a user the policy allows, a user it
 * denies, a service the configuration lists for that operation, and one it does not. Backstage
 * allows every service principal without asking the policy, so for services the configuration
 * is the only gate, and it must hold on every write.
 */

const databases = bothDatabases();

const ALICE = 'user:default/alice';
/** The policy denies Eve every readiness permission. */
const EVE = 'user:default/eve';
const ENTITY = '/api/readiness/entities/component/default/payments';
const EXEMPTED = 'databases.backups';

const config = {
  defaultChecklist: { exemptionsNeedApproval: [EXEMPTED] },
  permissions: {
    // `external:ci-bot` as docs/permissions.md writes it; a static token's principal is plain `ci-bot`.
    serviceWriters: ['plugin:importer', 'external:ci-bot'],
    serviceCampaignManagers: ['plugin:campaigner'],
  },
};

type Principal =
  | 'user allowed'
  | 'user denied'
  | 'listed service'
  | 'static token listed as external:'
  | 'unlisted service';

const headerOf: Record<Principal, (operation: Operation) => string> = {
  'user allowed': () => asUser(ALICE),
  'user denied': () => asUser(EVE),
  'listed service': op =>
    asService(op.campaign ? 'plugin:campaigner' : 'plugin:importer'),
  'static token listed as external:': () =>
    mockCredentials.service.header({
      onBehalfOf: mockCredentials.service('ci-bot'),
      targetPluginId: 'readiness',
    }),
  // A service writer is not a campaign manager, and a stranger is neither.
  'unlisted service': op =>
    asService(op.campaign ? 'plugin:importer' : 'plugin:stranger'),
};

let backend: ReadinessTestBackend;
const send = (
  method: 'get' | 'put' | 'post' | 'delete',
  path: string,
  header: string,
  body?: object,
) => {
  const req = request(backend.server)
    [method](path)
    .set('Authorization', header);
  return body ? req.send(body) : req;
};

async function versionOf(questionId: string): Promise<number> {
  const res = await send('get', ENTITY, asUser(ALICE));
  return (
    res.body.answers.find(
      (a: { questionId: string; source?: string }) =>
        a.questionId === questionId && a.source === 'person',
    )?.version ?? 0
  );
}

let campaigns = 0;
const campaignBody = () => ({
  title: `Campaign ${++campaigns}`,
  scope: {},
  target: { level: 'bronze' },
  startsOn: '2027-01-01',
  dueOn: '2027-03-31',
  reminderDays: 7,
});

type Operation = {
  id: string;
  campaign?: boolean;
  /** Prepares what the request needs (as Alice or an importer) and sends it as `header`. */
  run: (header: string) => Promise<request.Response>;
  ok: number;
  /** Services never decide on exemptions, even listed ones. */
  servicesRefused?: boolean;
};

const operations: Operation[] = [
  {
    id: 'WriteAnswers',
    ok: 200,
    run: async header =>
      send('post', `${ENTITY}/answers`, header, {
        checklistId: 'backend-project',
        answers: [
          {
            questionId: 'software-quality.ci',
            status: 'yes',
            expectedVersion: await versionOf('software-quality.ci'),
          },
        ],
      }),
  },
  {
    id: 'WriteAnswer',
    ok: 200,
    run: async header =>
      send('put', `${ENTITY}/answers/software-quality.logging`, header, {
        checklistId: 'backend-project',
        status: 'partial',
        expectedVersion: await versionOf('software-quality.logging'),
      }),
  },
  {
    id: 'ClearAnswer',
    ok: 200,
    run: async header => {
      await send(
        'put',
        `${ENTITY}/answers/software-quality.ci`,
        asUser(ALICE),
        {
          checklistId: 'backend-project',
          status: 'no',
          expectedVersion: await versionOf('software-quality.ci'),
        },
      );
      return send(
        'delete',
        `${ENTITY}/answers/software-quality.ci?expectedVersion=${await versionOf(
          'software-quality.ci',
        )}`,
        header,
      );
    },
  },
  {
    id: 'DecideExemption',
    ok: 200,
    servicesRefused: true,
    run: async header => {
      // An importer asks (so nobody under test is the requester); the principal decides.
      const asked = await send(
        'put',
        `${ENTITY}/answers/${EXEMPTED}`,
        asService('plugin:importer'),
        {
          checklistId: 'backend-project',
          status: 'na',
          note: `No database (${Math.random()})`,
          expectedVersion: await versionOf(EXEMPTED),
        },
      );
      expect(asked.body.answers[0].approval).toBe('pending');
      return send('post', `${ENTITY}/answers/${EXEMPTED}/decision`, header, {
        decision: 'approve',
        expectedVersion: asked.body.answers[0].version,
      });
    },
  },
  {
    id: 'RefreshEvidence',
    ok: 200,
    run: header => send('post', `${ENTITY}/evidence/refresh`, header),
  },
  {
    id: 'CreateCampaign',
    campaign: true,
    ok: 201,
    run: header =>
      send('post', '/api/readiness/campaigns', header, campaignBody()),
  },
  {
    id: 'UpdateCampaign',
    campaign: true,
    ok: 200,
    run: async header => {
      const created = await send(
        'post',
        '/api/readiness/campaigns',
        asUser(ALICE),
        campaignBody(),
      );
      return send(
        'put',
        `/api/readiness/campaigns/${created.body.id}?expectedVersion=${created.body.version}`,
        header,
        campaignBody(),
      );
    },
  },
];

const principals: Principal[] = [
  'user allowed',
  'user denied',
  'listed service',
  'static token listed as external:',
  'unlisted service',
];

const expectedStatus = (op: Operation, principal: Principal) => {
  switch (principal) {
    case 'user allowed':
      return op.ok;
    case 'user denied':
    case 'unlisted service':
      return 403;
    case 'listed service':
      return op.servicesRefused ? 403 : op.ok;
    default:
      // ci-bot is a listed answer writer, not a campaign manager.
      return op.servicesRefused || op.campaign ? 403 : op.ok;
  }
};

const cases = operations.flatMap(op =>
  principals.map(principal => [op.id, principal, op] as const),
);

describe.each(databases.eachSupportedId())(
  'write rights of every principal (%s)',
  databaseId => {
    beforeAll(async () => {
      backend = await startReadinessBackend({
        databases,
        databaseId,
        entities: [testEntity('Component', 'payments', { type: 'service' })],
        config,
        extraFeatures: [
          testPermissionsFactory({
            [EVE]: {
              'readiness.answer.update': AuthorizeResult.DENY,
              'readiness.exemption.approve': AuthorizeResult.DENY,
              'readiness.campaign.manage': AuthorizeResult.DENY,
            },
          }),
        ],
      });
    });

    it('covers every write operation of openapi.yaml', () => {
      expect(operations.map(o => o.id).sort()).toEqual(
        [
          'ClearAnswer',
          'CreateCampaign',
          'DecideExemption',
          'RefreshEvidence',
          'UpdateCampaign',
          'WriteAnswer',
          'WriteAnswers',
        ].sort(),
      );
    });

    it.each(cases)('%s as %s', async (_id, principal, op) => {
      const expected = expectedStatus(op, principal);
      const res = await op.run(headerOf[principal](op));
      expect({ status: res.status, error: res.body?.error?.name }).toEqual({
        status: expected,
        error: expected === 403 ? 'NotAllowedError' : undefined,
      });
    });

    it('changes nothing when it refuses a service', async () => {
      const before = await dumpAnswerTables(backend.knex);
      const refused = await send(
        'post',
        '/api/readiness/campaigns',
        asService('plugin:importer'),
        campaignBody(),
      );
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(
        /list it in readiness\.permissions\.serviceCampaignManagers/,
      );
      expect(await dumpAnswerTables(backend.knex)).toEqual(before);
    });
  },
);
