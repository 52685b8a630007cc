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
} from '../service/__testUtils__/startReadinessBackend';
import { testPermissionsFactory } from '../service/__testUtils__/testPermissions';
import { expectResponseToMatchSpec } from '../service/__testUtils__/expectResponseToMatchSpec';

jest.setTimeout(60_000);

const databases = bothDatabases();
const OWNER = 'user:default/owner';
const APPROVER = 'user:default/approver';
const OUTSIDER = 'user:default/outsider';
const ENTITY = '/api/readiness/entities/component/default/payments';

// q1 and q2, weight 1 each; an N/A on q2 needs approval, one on q1 does not.
const readiness = {
  defaultChecklist: { enabled: false },
  checklists: [
    {
      id: 'test',
      title: 'Test',
      appliesTo: [{ kind: 'Component' }],
      exemptionsNeedApproval: true,
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            { id: 'q1', text: 'Question one', exemptionNeedsApproval: false },
            { id: 'q2', text: 'Question two' },
          ],
        },
      ],
    },
  ],
};

describe.each(databases.eachSupportedId())(
  'exemptions that need approval (%s)',
  databaseId => {
    let backend: ReadinessTestBackend;
    const as = (user: string) => ({
      get: (path: string) =>
        request(backend.server).get(path).set('Authorization', asUser(user)),
      put: (path: string) =>
        request(backend.server).put(path).set('Authorization', asUser(user)),
      post: (path: string) =>
        request(backend.server).post(path).set('Authorization', asUser(user)),
    });
    const decide = (user: string, body: object) =>
      as(user).post(`${ENTITY}/answers/q2/decision`).send(body);

    beforeAll(async () => {
      backend = await startReadinessBackend({
        databases,
        databaseId,
        entities: [
          testEntity('Component', 'payments', { type: 'service' }),
          testEntity('Component', 'ledger', { type: 'service' }),
          testEntity('Component', 'billing', { type: 'service' }),
        ],
        config: {
          ...readiness,
          permissions: { serviceWriters: ['plugin:importer'] },
        },
        extraFeatures: [
          testPermissionsFactory({
            [OUTSIDER]: {
              'readiness.exemption.approve': AuthorizeResult.DENY,
            },
          }),
        ],
      });
    });

    it('earns no credit while pending, is decided by someone else, and is recorded', async () => {
      await as(OWNER)
        .put(`${ENTITY}/answers/q1`)
        .send({ checklistId: 'test', status: 'yes', expectedVersion: 0 })
        .expect(200);
      const asked = await as(OWNER)
        .put(`${ENTITY}/answers/q2`)
        .send({
          checklistId: 'test',
          status: 'na',
          note: 'No data stored',
          expectedVersion: 0,
          expiresAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        });
      expect(asked.status).toBe(200);
      expect(asked.body.answers[0]).toMatchObject({ approval: 'pending' });
      // Pending: q2 is achievable and earns nothing, 1 of 2.
      expect(asked.body.result).toMatchObject({ score: 50, notApplicable: 0 });

      const listed = await as(APPROVER).get('/api/readiness/report/exemptions');
      expectResponseToMatchSpec('/report/exemptions', 'get', listed);
      expect(listed.body.pending).toEqual({
        totalCount: 1,
        items: [
          expect.objectContaining({
            entityRef: 'component:default/payments',
            questionId: 'q2',
            questionText: 'Question two',
            note: 'No data stored',
            answeredBy: OWNER,
            approval: 'pending',
            version: 1,
          }),
        ],
      });
      expect(listed.body.expiring.totalCount).toBe(1);

      // Refusals change nothing: the requester, someone without the permission, a stale version.
      const before = await dumpAnswerTables(backend.knex);
      const own = await decide(OWNER, {
        decision: 'approve',
        expectedVersion: 1,
      });
      expect({ status: own.status, message: own.body.error.message }).toEqual({
        status: 403,
        message:
          'You asked for this exemption; someone else with readiness.exemption.approve has to decide on it',
      });
      const outsider = await decide(OUTSIDER, {
        decision: 'approve',
        expectedVersion: 1,
      });
      expect(outsider.status).toBe(403);
      expect(outsider.body.error.message).toMatch(
        /readiness\.exemption\.approve/,
      );
      const stale = await decide(APPROVER, {
        decision: 'approve',
        expectedVersion: 7,
      });
      expect(stale.status).toBe(409);
      const notPending = await as(APPROVER)
        .post(`${ENTITY}/answers/q1/decision`)
        .send({ decision: 'approve', expectedVersion: 1 });
      expect({
        status: notPending.status,
        message: notPending.body.error.message,
      }).toEqual({
        status: 409,
        message: "The answer to 'q1' is not an exemption waiting for approval",
      });
      const badNote = await decide(APPROVER, {
        decision: 'approve',
        expectedVersion: 1,
        note: 'ok\u0000',
      });
      expect(badNote.status).toBe(400);
      expect(await dumpAnswerTables(backend.knex)).toEqual(before);

      const approved = await decide(APPROVER, {
        decision: 'approve',
        expectedVersion: 1,
        note: 'Confirmed with the data team',
      });
      expect(approved.status).toBe(200);
      expectResponseToMatchSpec(
        '/entities/{kind}/{namespace}/{name}/answers/{questionId}/decision',
        'post',
        approved,
      );
      // Approved: q2 leaves the achievable total, 1 of 1.
      expect(approved.body.result).toMatchObject({
        score: 100,
        notApplicable: 1,
      });
      expect(
        approved.body.answers.find(
          (a: { questionId: string }) => a.questionId === 'q2',
        ),
      ).toMatchObject({
        approval: 'approved',
        version: 2,
        answeredBy: OWNER,
        decidedBy: APPROVER,
        decisionNote: 'Confirmed with the data team',
      });
      const history = await as(OWNER).get(`${ENTITY}/history?questionId=q2`);
      expect(
        history.body.items.map((h: any) => [
          h.version,
          h.changedBy,
          h.approval,
          h.previous?.approval,
        ]),
      ).toEqual([
        [2, APPROVER, 'approved', 'pending'],
        [1, OWNER, 'pending', undefined],
      ]);
      const audit = backend.events.find(
        e => e.eventId === 'exemption-decision' && e.status === 'succeeded',
      );
      expect(audit?.actor.actorId).toBe(APPROVER);
      expect(audit?.meta).toMatchObject({
        changes: [
          expect.objectContaining({
            before: expect.objectContaining({ approval: 'pending' }),
            after: expect.objectContaining({ approval: 'approved' }),
          }),
        ],
      });
      expect(
        (await as(APPROVER).get('/api/readiness/report/exemptions')).body
          .pending.totalCount,
      ).toBe(0);

      // Confirming it unchanged keeps the approval; a new reason asks again.
      const answerOf = (res: request.Response) =>
        res.body.answers.find(
          (a: { questionId: string }) => a.questionId === 'q2',
        );
      const current = answerOf(approved);
      const confirmed = await as(OWNER).put(`${ENTITY}/answers/q2`).send({
        checklistId: 'test',
        status: 'na',
        note: 'No data stored',
        expiresAt: current.expiresAt,
        expectedVersion: 2,
      });
      expect(confirmed.body.answers[0]).toMatchObject({
        approval: 'approved',
        version: 3,
      });
      const changed = await as(OWNER).put(`${ENTITY}/answers/q2`).send({
        checklistId: 'test',
        status: 'na',
        note: 'No personal data stored',
        expectedVersion: 3,
      });
      expect(changed.body.answers[0]).toMatchObject({ approval: 'pending' });
      expect(changed.body.answers[0].decidedBy).toBeUndefined();
      expect(changed.body.result.score).toBe(50);

      const rejected = await decide(APPROVER, {
        decision: 'reject',
        expectedVersion: 4,
      });
      expect(rejected.status).toBe(200);
      expect(rejected.body.result.score).toBe(50);

      // An N/A where no approval is needed counts at once.
      const free = await as(OWNER).put(`${ENTITY}/answers/q1`).send({
        checklistId: 'test',
        status: 'na',
        note: 'Not relevant',
        expectedVersion: 1,
      });
      expect(free.body.answers[0].approval).toBeUndefined();
    });

    it('never lowers the score by asking: a pending request scores as the answer it replaced', async () => {
      const path = '/api/readiness/entities/component/default/billing';
      await as(OWNER)
        .put(`${path}/answers/q1`)
        .send({ checklistId: 'test', status: 'yes', expectedVersion: 0 })
        .expect(200);
      const partial = await as(OWNER)
        .put(`${path}/answers/q2`)
        .send({ checklistId: 'test', status: 'partial', expectedVersion: 0 });
      expect(partial.body.result.score).toBe(75);

      const asked = await as(OWNER).put(`${path}/answers/q2`).send({
        checklistId: 'test',
        status: 'na',
        note: 'No data stored',
        expectedVersion: 1,
      });
      expectResponseToMatchSpec(
        '/entities/{kind}/{namespace}/{name}/answers/{questionId}',
        'put',
        asked,
      );
      expect(asked.body.answers[0]).toMatchObject({
        approval: 'pending',
        beforeRequest: { status: 'partial' },
      });
      expect(asked.body.result).toMatchObject({ score: 75, notApplicable: 0 });

      // A new reason is a new request; it still scores as the answer before the first one.
      const again = await as(OWNER).put(`${path}/answers/q2`).send({
        checklistId: 'test',
        status: 'na',
        note: 'No data stored, ever',
        expectedVersion: 2,
      });
      expect(again.body.answers[0].beforeRequest).toMatchObject({
        status: 'partial',
      });
      expect(again.body.result.score).toBe(75);
      const read = await as(OWNER).get(path);
      expect(read.body.result.score).toBe(75);

      // Approved, the N/A counts: q2 leaves the total.
      const approved = await as(APPROVER)
        .post(`${path}/answers/q2/decision`)
        .send({ decision: 'approve', expectedVersion: 3 });
      expect(approved.body.result).toMatchObject({
        score: 100,
        notApplicable: 1,
      });
    });

    it('never lets the requester approve, even after someone else confirmed the request unchanged', async () => {
      // The guest asks (a fresh entity, so the versions are its own).
      const path = '/api/readiness/entities/component/default/ledger';
      const asked = await as(APPROVER).put(`${path}/answers/q2`).send({
        checklistId: 'test',
        status: 'na',
        note: 'Read-only service',
        expectedVersion: 0,
      });
      expect(asked.body.answers[0]).toMatchObject({
        approval: 'pending',
        requestedBy: APPROVER,
      });
      // A service writer confirms it unchanged: it answered last, the guest still asked.
      const confirmed = await request(backend.server)
        .put(`${path}/answers/q2`)
        .set('Authorization', asService('plugin:importer'))
        .send({
          checklistId: 'test',
          status: 'na',
          note: 'Read-only service',
          expectedVersion: 1,
        });
      expect(confirmed.body.answers[0]).toMatchObject({
        approval: 'pending',
        answeredBy: 'service:plugin:importer',
        requestedBy: APPROVER,
      });

      const before = await dumpAnswerTables(backend.knex);
      const own = await as(APPROVER)
        .post(`${path}/answers/q2/decision`)
        .send({ decision: 'approve', expectedVersion: 2 });
      expect([own.status, own.body.error?.message]).toEqual([
        403,
        'You asked for this exemption; someone else with readiness.exemption.approve has to decide on it',
      ]);
      expect(await dumpAnswerTables(backend.knex)).toEqual(before);
      // Someone else may.
      const other = await as(OWNER)
        .post(`${path}/answers/q2/decision`)
        .send({ decision: 'approve', expectedVersion: 2 });
      expect(other.status).toBe(200);
    });

    it('answers 404 for a decision on a question the checklist does not have', async () => {
      const res = await decide(APPROVER, {
        decision: 'approve',
        expectedVersion: 1,
      });
      expect(res.status).not.toBe(404);
      const missing = await as(APPROVER)
        .post(`${ENTITY}/answers/no-such-question/decision`)
        .send({ decision: 'approve', expectedVersion: 1 });
      expect([missing.status, missing.body.error?.message]).toEqual([
        404,
        "component:default/payments's checklist 'test' has no question 'no-such-question'",
      ]);
    });

    it('tells the entity view who may approve', async () => {
      const mine = await as(APPROVER).get(ENTITY);
      expect(mine.body.access).toMatchObject({ canApprove: true });
      const theirs = await as(OUTSIDER).get(ENTITY);
      expect(theirs.body.access).toMatchObject({ canApprove: false });
    });
  },
);
