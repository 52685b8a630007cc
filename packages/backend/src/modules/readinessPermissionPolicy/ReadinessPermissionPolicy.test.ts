import {
  AuditorEvent,
  DefaultAuditorService,
} from '@backstage/backend-defaults/auditor';
import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { Entity } from '@backstage/catalog-model';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import readinessBackend from '@readiness/plugin-readiness-backend';
import { ReadinessPermissionPolicy } from './ReadinessPermissionPolicy';

jest.setTimeout(60_000);

const GROUPS: Record<string, string[]> = {
  'user:default/alice': ['group:default/team-a'],
  'user:default/bob': ['group:default/team-b'],
  'user:default/pat': ['group:default/platform'],
};

/** Users' ownership claims as the real user-info service derives them: themselves and their groups. */
const userInfoFactory = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    async getUserInfo(credentials) {
      const userEntityRef = (credentials.principal as { userEntityRef: string })
        .userEntityRef;
      return {
        userEntityRef,
        ownershipEntityRefs: [userEntityRef, ...(GROUPS[userEntityRef] ?? [])],
      };
    },
  }),
});

const payments: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
};

/**
 * The permissions service, deciding with the portal's real policy. A conditional decision goes
 * back to the plugin as it is, and the plugin applies it with its real IS_ENTITY_OWNER rule, as
 * it does in the portal. Service principals are allowed, as the real service does.
 */
const policyBackedPermissions = createServiceFactory({
  service: coreServices.permissions,
  deps: { userInfo: coreServices.userInfo },
  factory: ({ userInfo }) => {
    const policy = new ReadinessPermissionPolicy(userInfo);
    const decide = async (
      permission: Parameters<
        ReadinessPermissionPolicy['handle']
      >[0]['permission'],
      credentials: BackstageCredentials,
    ): Promise<PolicyDecision> => {
      if ((credentials.principal as { type: string }).type !== 'user') {
        return { result: AuthorizeResult.ALLOW };
      }
      const info = await userInfo.getUserInfo(credentials);
      return policy.handle({ permission }, { credentials, info });
    };
    const decideAll = (
      requests: { permission: Parameters<typeof decide>[0] }[],
      credentials: BackstageCredentials,
    ) => Promise.all(requests.map(r => decide(r.permission, credentials)));
    return {
      // Definite decisions only: the plugin asks conditionally for what has conditions.
      authorize: async (requests, { credentials }) =>
        (await decideAll(requests, credentials)).map(d =>
          d.result === AuthorizeResult.CONDITIONAL
            ? { result: AuthorizeResult.DENY }
            : d,
        ) as any,
      authorizeConditional: async (requests, { credentials }) =>
        decideAll(requests, credentials) as any,
    };
  },
});

type AuditRecord = {
  eventId: string;
  actor?: string;
  meta?: object;
  outcome?: 'success' | 'fail';
  result?: object;
};

async function start(readiness: object = {}) {
  const audit: AuditRecord[] = [];
  // Backstage's own auditor, logging into `audit`: the actor comes from the request.
  const log = async (event: AuditorEvent) => {
    if (event.status === 'initiated') {
      return;
    }
    const { entityRef, questionIds, changes } = (event.meta ?? {}) as Record<
      string,
      unknown
    >;
    audit.push({
      eventId: event.eventId,
      actor: event.actor.actorId,
      meta: { entityRef, questionIds },
      outcome: event.status === 'succeeded' ? 'success' : 'fail',
      ...(changes ? { result: { changes } } : {}),
    });
  };
  const { server } = await startTestBackend({
    features: [
      readinessBackend,
      policyBackedPermissions,
      userInfoFactory,
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      createServiceFactory({
        service: coreServices.auditor,
        deps: {
          auth: coreServices.auth,
          httpAuth: coreServices.httpAuth,
          plugin: coreServices.pluginMetadata,
        },
        factory: deps => DefaultAuditorService.create(log, deps),
      }),
      catalogServiceMock.factory({ entities: [payments] }),
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          readiness,
        },
      }),
    ],
  });
  return { server, audit };
}

const ENTITY = '/api/readiness/entities/component/default/payments';
const answer = {
  checklistId: 'backend-project',
  status: 'yes',
  expectedVersion: 0,
};

describe('the portal permission policy, enforced by the readiness backend', () => {
  it('lets the Platform group run campaigns and decide on exemptions, and nobody else', async () => {
    const { server } = await start({
      defaultChecklist: { exemptionsNeedApproval: ['databases.backups'] },
    });
    const alice = mockCredentials.user.header('user:default/alice');
    const pat = mockCredentials.user.header('user:default/pat');
    const campaign = {
      title: 'Bronze by March',
      scope: {},
      target: { level: 'bronze' },
      startsOn: '2027-01-01',
      dueOn: '2027-03-31',
      reminderDays: 7,
    };
    const refused = await request(server)
      .post('/api/readiness/campaigns')
      .set('Authorization', alice)
      .send(campaign);
    expect(refused.status).toBe(403);
    const created = await request(server)
      .post('/api/readiness/campaigns')
      .set('Authorization', pat)
      .send(campaign);
    expect(created.status).toBe(201);
    const listed = await request(server)
      .get('/api/readiness/campaigns')
      .set('Authorization', alice);
    expect([listed.status, listed.body.canManage]).toEqual([200, false]);

    // Alice (an owner) asks for an exemption; she may not decide it, Pat may.
    const asked = await request(server)
      .put(`${ENTITY}/answers/databases.backups`)
      .set('Authorization', alice)
      .send({ ...answer, status: 'na', note: 'No database' });
    expect(asked.body.answers[0].approval).toBe('pending');
    const aliceDecides = await request(server)
      .post(`${ENTITY}/answers/databases.backups/decision`)
      .set('Authorization', alice)
      .send({ decision: 'approve', expectedVersion: 1 });
    expect(aliceDecides.status).toBe(403);
    const patDecides = await request(server)
      .post(`${ENTITY}/answers/databases.backups/decision`)
      .set('Authorization', pat)
      .send({ decision: 'approve', expectedVersion: 1 });
    expect(patDecides.status).toBe(200);
    expect(patDecides.body.access.canApprove).toBe(true);
  });

  it('lets only the Platform group administer readiness (entities that left the catalog)', async () => {
    const { server } = await start();
    const as = (user: string) =>
      request(server)
        .get('/api/readiness/subjects/removed')
        .set('Authorization', mockCredentials.user.header(user));
    expect((await as('user:default/alice')).status).toBe(403);
    expect((await as('user:default/pat')).status).toBe(200);
  });

  it('lets members of the owning group edit, and tells the tab so', async () => {
    const { server, audit } = await start();
    const alice = mockCredentials.user.header('user:default/alice');

    const read = await request(server).get(ENTITY).set('Authorization', alice);
    expect(read.status).toBe(200);
    expect(read.body.access).toEqual({
      canEdit: true,
      owners: ['group:default/team-a'],
      canApprove: false,
    });

    const write = await request(server)
      .put(`${ENTITY}/answers/databases.backups`)
      .set('Authorization', alice)
      .send(answer);
    expect(write.status).toBe(200);

    // The write is audited with actor, entity, question, before and after.
    expect(audit.filter(a => a.eventId === 'answer-write')).toEqual([
      {
        eventId: 'answer-write',
        actor: 'user:default/alice',
        meta: {
          entityRef: 'component:default/payments',
          questionIds: ['databases.backups'],
        },
        outcome: 'success',
        result: {
          changes: [
            {
              questionId: 'databases.backups',
              before: null,
              after: { status: 'yes', links: [], version: 1 },
            },
          ],
        },
      },
    ]);

    await request(server)
      .put(`${ENTITY}/answers/databases.backups`)
      .set('Authorization', alice)
      .send({ ...answer, status: 'no', expectedVersion: 1 })
      .expect(200);
    expect(audit[audit.length - 1].result).toEqual({
      changes: [
        {
          questionId: 'databases.backups',
          before: { status: 'yes', links: [], version: 1 },
          after: { status: 'no', links: [], version: 2 },
        },
      ],
    });
  });

  it('refuses a non-owner with 403, changes nothing, and audits the attempt', async () => {
    const { server, audit } = await start();
    const bob = mockCredentials.user.header('user:default/bob');

    const read = await request(server).get(ENTITY).set('Authorization', bob);
    expect(read.body.access.canEdit).toBe(false);

    const write = await request(server)
      .put(`${ENTITY}/answers/databases.backups`)
      .set('Authorization', bob)
      .send(answer);
    expect(write.status).toBe(403);
    expect(write.body.error.message).toBe(
      'You may not change the readiness answers of component:default/payments; its owners (group:default/team-a) can',
    );
    const after = await request(server).get(ENTITY).set('Authorization', bob);
    // Only automatic answers: no person's answer was written.
    expect(
      after.body.answers.filter(
        (a: { source: string }) => a.source === 'person',
      ),
    ).toEqual([]);
    expect(audit[audit.length - 1]).toMatchObject({
      eventId: 'answer-write',
      actor: 'user:default/bob',
      outcome: 'fail',
    });

    // Everyone reads, including the org-wide review.
    const report = await request(server)
      .get('/api/readiness/report')
      .set('Authorization', bob);
    expect(report.status).toBe(200);
  });

  it('answers 401 without credentials', async () => {
    const { server } = await start();
    expect((await request(server).get(ENTITY)).status).toBe(401);
    expect(
      (
        await request(server)
          .put(`${ENTITY}/answers/databases.backups`)
          .send(answer)
      ).status,
    ).toBe(401);
  });

  it('lets only the services named in readiness.permissions.serviceWriters write', async () => {
    const refused = await start();
    const denied = await request(refused.server)
      .put(`${ENTITY}/answers/databases.backups`)
      .set('Authorization', mockCredentials.service.header())
      .send(answer);
    expect(denied.status).toBe(403);
    expect(refused.audit[refused.audit.length - 1]).toMatchObject({
      actor: 'external:test-service',
      outcome: 'fail',
    });

    const { server } = await start({
      permissions: { serviceWriters: ['external:test-service'] },
    });
    const write = await request(server)
      .put(`${ENTITY}/answers/databases.backups`)
      .set('Authorization', mockCredentials.service.header())
      .send(answer);
    expect(write.status).toBe(200);
    expect(write.body.answers[0].answeredBy).toBe(
      'service:external:test-service',
    );
  });
});
