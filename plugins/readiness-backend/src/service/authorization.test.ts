import { bothDatabases } from '../__testUtils__/bothDatabases';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { spec } from '../schema/openapi.generated';
import {
  asService,
  asUser,
  ReadinessTestBackend,
  startReadinessBackend,
  testEntity,
} from './__testUtils__/startReadinessBackend';
import { testPermissionsFactory } from './__testUtils__/testPermissions';

jest.setTimeout(60_000);

/**
 * The permission rule of docs/permissions.md, case by case: who may read scores, the report and
 * history, and who may write. Every operation of openapi.yaml must have a case here.
 */

const databases = bothDatabases();

const ALICE = 'user:default/alice';
/** May read only part of the catalog (`secret` is hidden) and may not write. */
const MALLORY = 'user:default/mallory';
/** May read the catalog but not the review. */
const EVE = 'user:default/eve';

const entities = [
  testEntity('Component', 'payments', { type: 'service' }),
  testEntity('Component', 'secret', { type: 'service' }, 'group:default/spies'),
];
const SECRET = 'component:default/secret';
const base = '/api/readiness';
const entityPath = (name: string) =>
  `${base}/entities/component/default/${name}`;
const answer = {
  checklistId: 'backend-project',
  status: 'yes',
  expectedVersion: 1,
};

type Refusal = {
  /** Who is refused; the request is also made without credentials and must get 401. */
  as: string;
  method: 'get' | 'put' | 'post' | 'delete';
  path: string;
  body?: object;
  status: number;
  /** For a 200: what the body must show, as `select` picks it out of the body. */
  select?: (body: any) => unknown;
  expected?: unknown;
};

const noSecret = (body: {
  items: { entityRef: string }[];
  totalCount?: number;
}) => {
  expect(body.items.map(i => i.entityRef)).toEqual([
    'component:default/payments',
  ]);
  expect(body.totalCount).toBeUndefined();
};

/** How each operation refuses a caller that may not perform it. */
const refusals: Record<string, Refusal[]> = {
  ListEvidenceProblems: [
    {
      as: EVE,
      method: 'get',
      path: `${base}/report/evidence-problems`,
      status: 403,
    },
  ],
  ListExemptions: [
    {
      as: EVE,
      method: 'get',
      path: `${base}/report/exemptions`,
      status: 403,
    },
  ],
  DecideExemption: [
    {
      as: MALLORY,
      method: 'post',
      path: `${entityPath('secret')}/answers/software-quality.ci/decision`,
      body: { decision: 'approve', expectedVersion: 1 },
      status: 404,
    },
    {
      as: MALLORY,
      method: 'post',
      path: `${entityPath('payments')}/answers/software-quality.ci/decision`,
      body: { decision: 'approve', expectedVersion: 1 },
      status: 403,
    },
  ],
  ListCampaigns: [
    { as: EVE, method: 'get', path: `${base}/campaigns`, status: 403 },
    // Progress counts only the entities the caller may read; the form is not offered.
    {
      as: MALLORY,
      method: 'get',
      path: `${base}/campaigns`,
      status: 200,
      select: body => [body.canManage, body.items[0].progress.entities],
      expected: [false, 1],
    },
  ],
  GetCampaign: [
    {
      as: EVE,
      method: 'get',
      path: `${base}/campaigns/bronze-everywhere`,
      status: 403,
    },
    {
      as: MALLORY,
      method: 'get',
      path: `${base}/campaigns/bronze-everywhere`,
      status: 200,
      select: body =>
        body.entities.items.map((e: { entityRef: string }) => e.entityRef),
      expected: ['component:default/payments'],
    },
  ],
  CreateCampaign: [
    {
      as: MALLORY,
      method: 'post',
      path: `${base}/campaigns`,
      body: {
        title: 'Mine',
        scope: {},
        target: { level: 'bronze' },
        startsOn: '2026-01-01',
        dueOn: '2026-12-31',
        reminderDays: 0,
      },
      status: 403,
    },
  ],
  UpdateCampaign: [
    {
      as: MALLORY,
      method: 'put',
      path: `${base}/campaigns/bronze-everywhere?expectedVersion=1`,
      body: {
        title: 'Mine',
        scope: {},
        target: { level: 'bronze' },
        startsOn: '2026-01-01',
        dueOn: '2026-12-31',
        reminderDays: 0,
      },
      status: 403,
    },
  ],
  GetCampaignHistory: [
    {
      as: EVE,
      method: 'get',
      path: `${base}/campaigns/bronze-everywhere/history`,
      status: 403,
    },
  ],
  GetEntityCampaigns: [
    {
      as: MALLORY,
      method: 'get',
      path: `${entityPath('secret')}/campaigns`,
      status: 404,
    },
  ],
  ListChecklists: [
    // Configuration, readable by every signed-in caller: only anonymous callers are refused.
    { as: MALLORY, method: 'get', path: `${base}/checklists`, status: 200 },
  ],
  GetChecklist: [
    // Configuration too: any signed-in caller reads a checklist, anonymous callers are refused.
    {
      as: MALLORY,
      method: 'get',
      path: `${base}/checklists/backend-project`,
      status: 200,
    },
  ],
  GetEntityReadiness: [
    { as: MALLORY, method: 'get', path: entityPath('secret'), status: 404 },
  ],
  WriteAnswers: [
    {
      as: MALLORY,
      method: 'post',
      path: `${entityPath('secret')}/answers`,
      body: {
        checklistId: 'backend-project',
        answers: [
          {
            ...answer,
            questionId: 'software-quality.ci',
            checklistId: undefined,
          },
        ],
      },
      status: 404,
    },
    {
      as: MALLORY,
      method: 'post',
      path: `${entityPath('payments')}/answers`,
      body: {
        checklistId: 'backend-project',
        answers: [
          {
            questionId: 'software-quality.ci',
            status: 'no',
            expectedVersion: 1,
          },
        ],
      },
      status: 403,
    },
  ],
  WriteAnswer: [
    {
      as: MALLORY,
      method: 'put',
      path: `${entityPath('secret')}/answers/software-quality.ci`,
      body: answer,
      status: 404,
    },
    {
      as: MALLORY,
      method: 'put',
      path: `${entityPath('payments')}/answers/software-quality.ci`,
      body: answer,
      status: 403,
    },
  ],
  ClearAnswer: [
    {
      as: MALLORY,
      method: 'delete',
      path: `${entityPath(
        'secret',
      )}/answers/software-quality.ci?expectedVersion=1`,
      status: 404,
    },
    {
      as: MALLORY,
      method: 'delete',
      path: `${entityPath(
        'payments',
      )}/answers/software-quality.ci?expectedVersion=1`,
      status: 403,
    },
  ],
  RefreshEvidence: [
    {
      as: MALLORY,
      method: 'post',
      path: `${entityPath('secret')}/evidence/refresh`,
      status: 404,
    },
    {
      as: MALLORY,
      method: 'post',
      path: `${entityPath('payments')}/evidence/refresh`,
      status: 403,
    },
  ],
  GetAnswerHistory: [
    {
      as: MALLORY,
      method: 'get',
      path: `${entityPath('secret')}/history`,
      status: 404,
    },
  ],
  GetEntityTrend: [
    {
      as: MALLORY,
      method: 'get',
      path: `${entityPath('secret')}/trend`,
      status: 404,
    },
    {
      as: MALLORY,
      method: 'get',
      path: `${entityPath('payments')}/trend`,
      status: 200,
      select: body =>
        body.points.map((p: { score: number; level: string | null }) => [
          p.score,
          p.level,
        ]),
      // Today's snapshot of payments: one Yes of the default checklist.
      expected: [[3.1, null]],
    },
  ],
  GetReport: [
    { as: EVE, method: 'get', path: `${base}/report`, status: 403 },
    {
      as: MALLORY,
      method: 'get',
      path: `${base}/report`,
      status: 200,
      select: body => ({
        entities: body.totals.entities,
        groups: body.groups.map((g: { key: string }) => g.key),
        owners: body.facets.owner,
      }),
      expected: {
        entities: 1,
        groups: ['group:default/team-a'],
        owners: ['group:default/team-a'],
      },
    },
    {
      as: MALLORY,
      method: 'get',
      path: `${base}/report?owner=group%3Adefault%2Fspies`,
      status: 200,
      select: body => body.totals.entities,
      expected: 0,
    },
  ],
  GetTrends: [
    { as: EVE, method: 'get', path: `${base}/report/trends`, status: 403 },
    {
      as: MALLORY,
      method: 'get',
      path: `${base}/report/trends?groupBy=owner`,
      status: 200,
      select: body => body.points.map((p: { key: string }) => p.key),
      expected: ['group:default/team-a'],
    },
  ],
  QueryScores: [
    {
      as: MALLORY,
      method: 'get',
      path: `${base}/scores`,
      status: 200,
      ...noSecret,
    },
    {
      as: MALLORY,
      method: 'get',
      path: `${base}/scores?entityRef=${encodeURIComponent(SECRET)}`,
      status: 200,
      select: body => body.items,
      expected: [],
    },
  ],
  ListRemovedSubjects: [
    {
      as: EVE,
      method: 'get',
      path: `${base}/subjects/removed`,
      status: 403,
    },
    {
      as: MALLORY,
      method: 'get',
      path: `${base}/subjects/removed`,
      status: 200,
      select: body => body.items,
      expected: [],
    },
  ],
  QueryScoresByBody: [
    {
      as: MALLORY,
      method: 'post',
      path: `${base}/scores/query`,
      body: {},
      status: 200,
      ...noSecret,
    },
  ],
};

const operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
  Object.entries(methods as Record<string, { operationId?: string }>)
    .filter(([, op]) => op.operationId)
    .map(([method, op]) => ({ path, method, operationId: op.operationId! })),
);

describe.each(databases.eachSupportedId())('authorization (%s)', databaseId => {
  let backend: ReadinessTestBackend;

  beforeAll(async () => {
    backend = await startReadinessBackend({
      databases,
      databaseId,
      entities,
      hiddenFrom: { [MALLORY]: [SECRET] },
      config: {
        permissions: { serviceWriters: ['plugin:readiness-sample-data'] },
        campaigns: {
          items: [
            {
              id: 'bronze-everywhere',
              title: 'Bronze everywhere',
              target: { level: 'bronze' },
              startsOn: '2026-01-01',
              dueOn: '2030-12-31',
            },
          ],
        },
      },
      extraFeatures: [
        testPermissionsFactory({
          [MALLORY]: {
            'catalog.entity.read': 'CONDITIONAL',
            'readiness.answer.update': AuthorizeResult.DENY,
            'readiness.campaign.manage': AuthorizeResult.DENY,
            'readiness.exemption.approve': AuthorizeResult.DENY,
          },
          [EVE]: {
            'readiness.report.read': AuthorizeResult.DENY,
            'readiness.admin': AuthorizeResult.DENY,
          },
        }),
      ],
    });
    for (const name of ['payments', 'secret']) {
      const res = await request(backend.server)
        .put(`${entityPath(name)}/answers/software-quality.ci`)
        .set('Authorization', asUser(ALICE))
        .send({ ...answer, expectedVersion: 0 });
      if (res.status !== 200) {
        throw new Error(`Seeding ${name} failed: ${res.status}`);
      }
    }
    // Today's snapshot of both scores, for the trends.
    const columns =
      'entity_ref, kind, entity_type, owner, system, domain, lifecycle, checklist_id, score, level, answered, questions, stale';
    await backend.knex.raw(
      `INSERT INTO readiness_snapshots (day, ${columns}) SELECT ?, ${columns} FROM readiness_scores`,
      [new Date().toISOString().slice(0, 10)],
    );
  });

  it('has a refusal case for every operation of openapi.yaml', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
    const missing = operations
      .map(o => o.operationId)
      .filter(id => !refusals[id]?.length);
    expect(missing).toEqual([]);
  });

  it.each(operations)(
    '$operationId ($method $path) refuses anonymous callers',
    async op => {
      for (const refusal of refusals[op.operationId] ?? []) {
        const req = request(backend.server)[refusal.method](refusal.path);
        const res = refusal.body ? await req.send(refusal.body) : await req;
        expect(res.status).toBe(401);
      }
    },
  );

  it.each(operations)(
    '$operationId refuses callers the rule excludes',
    async op => {
      for (const refusal of refusals[op.operationId] ?? []) {
        const req = request(backend.server)
          [refusal.method](refusal.path)
          .set('Authorization', asUser(refusal.as));
        const res = refusal.body ? await req.send(refusal.body) : await req;
        expect({
          path: refusal.path,
          status: res.status,
          shown: refusal.select?.(res.body),
        }).toEqual({
          path: refusal.path,
          status: refusal.status,
          shown: refusal.expected,
        });
      }
    },
  );

  it('leaves the answers unchanged after the refused writes', async () => {
    const res = await request(backend.server)
      .get(`${entityPath('payments')}/history`)
      .set('Authorization', asUser(ALICE));
    expect(
      res.body.items.map((h: { changedBy: string }) => h.changedBy),
    ).toEqual([ALICE]);
  });

  describe('service principals', () => {
    it('refuses writes by services not named in readiness.permissions.serviceWriters', async () => {
      const read = await request(backend.server)
        .get(entityPath('payments'))
        .set('Authorization', asService('external:ci-bot'));
      expect(read.status).toBe(200);
      expect(read.body.access.canEdit).toBe(false);
      const write = await request(backend.server)
        .put(`${entityPath('payments')}/answers/software-quality.ci`)
        .set('Authorization', asService('external:ci-bot'))
        .send(answer);
      expect(write.status).toBe(403);
      expect(write.body.error.message).toMatch(
        /service 'external:ci-bot' may not change readiness answers; list it in readiness.permissions.serviceWriters/,
      );
    });

    it('lets the named services write, and reads every score for services', async () => {
      const write = await request(backend.server)
        .put(`${entityPath('payments')}/answers/software-quality.ci`)
        .set('Authorization', asService('plugin:readiness-sample-data'))
        .send({ ...answer, status: 'partial' });
      expect(write.status).toBe(200);
      expect(write.body.answers[0].answeredBy).toBe(
        'service:plugin:readiness-sample-data',
      );
      const scores = await request(backend.server)
        .get(`${base}/scores`)
        .set('Authorization', asService('plugin:catalog'));
      expect(scores.body.totalCount).toBe(2);
    });
  });

  describe('audit', () => {
    it('names the calling user or service as the actor of every write event', async () => {
      const writes = backend.events.filter(
        e => e.eventId === 'answer-write' && e.status !== 'initiated',
      );
      expect(
        writes.map(e => ({ actor: e.actor.actorId, status: e.status })),
      ).toEqual(
        expect.arrayContaining([
          { actor: ALICE, status: 'succeeded' },
          { actor: MALLORY, status: 'failed' },
          { actor: 'external:ci-bot', status: 'failed' },
          { actor: 'plugin:readiness-sample-data', status: 'succeeded' },
        ]),
      );
      expect(writes.every(e => e.actor.actorId !== 'plugin:readiness')).toBe(
        true,
      );
      const clears = backend.events.filter(e => e.eventId === 'answer-clear');
      expect(clears.map(e => e.actor.actorId)).toContain(MALLORY);
      const succeeded = writes.find(e => e.actor.actorId === ALICE)!;
      expect(succeeded.meta).toMatchObject({
        entityRef: 'component:default/payments',
        questionIds: ['software-quality.ci'],
        changes: [
          {
            questionId: 'software-quality.ci',
            after: { status: 'yes', version: 1 },
          },
        ],
      });
      expect(succeeded.request).toMatchObject({ method: 'PUT' });
    });

    it('audits an evidence refresh with its actor and whether the evidence changed', async () => {
      const res = await request(backend.server)
        .post(`${entityPath('payments')}/evidence/refresh`)
        .set('Authorization', asUser(ALICE));
      expect(res.status).toBe(200);
      expect(res.body.result.entityRef).toBe('component:default/payments');
      const refreshes = backend.events.filter(
        e => e.eventId === 'evidence-refresh' && e.status !== 'initiated',
      );
      expect(
        refreshes.map(e => ({ actor: e.actor.actorId, status: e.status })),
      ).toEqual(
        expect.arrayContaining([
          { actor: MALLORY, status: 'failed' },
          { actor: ALICE, status: 'succeeded' },
        ]),
      );
      expect(refreshes.find(e => e.status === 'succeeded')!.meta).toMatchObject(
        {
          entityRef: 'component:default/payments',
          evidenceChanged: res.body.changed,
        },
      );
    });
  });
});
