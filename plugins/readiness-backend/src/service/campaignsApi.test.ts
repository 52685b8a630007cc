import request from 'supertest';
import { bothDatabases } from '../__testUtils__/bothDatabases';
import {
  asUser,
  ReadinessTestBackend,
  startReadinessBackend,
  testEntity,
} from './__testUtils__/startReadinessBackend';
import { expectResponseToMatchSpec } from './__testUtils__/expectResponseToMatchSpec';

jest.setTimeout(60_000);

const databases = bothDatabases();
const base = '/api/readiness';
const PLATFORM = 'user:default/platform';

const input = {
  title: 'Bronze for payments',
  scope: { kinds: ['Component'] },
  target: { level: 'bronze' },
  startsOn: '2026-01-01',
  dueOn: '2030-12-31',
  reminderDays: 7,
};

describe.each(databases.eachSupportedId())('campaign API (%s)', databaseId => {
  let backend: ReadinessTestBackend;
  const call = (method: 'get' | 'post' | 'put', path: string) =>
    request(backend.server)
      [method](`${base}${path}`)
      .set('Authorization', asUser(PLATFORM));

  beforeAll(async () => {
    backend = await startReadinessBackend({
      databases,
      databaseId,
      entities: [
        testEntity('Component', 'payments', { type: 'service' }),
        testEntity('Component', 'ledger', { type: 'service' }),
      ],
    });
  });

  it('creates, lists, changes and records a campaign, audited with its author', async () => {
    const created = await call('post', '/campaigns').send(input);
    expect(created.status).toBe(201);
    expectResponseToMatchSpec('/campaigns', 'post', created);
    const { id } = created.body;
    expect(created.body).toMatchObject({
      ...input,
      id: expect.stringMatching(/^bronze-for-payments-[0-9a-f]{8}$/),
      version: 1,
      source: 'api',
      createdBy: PLATFORM,
    });
    const audit = backend.events.find(
      e => e.eventId === 'campaign-write' && e.status === 'succeeded',
    );
    expect(audit?.actor.actorId).toBe(PLATFORM);
    expect(audit?.meta).toMatchObject({
      campaign: expect.objectContaining({ id, version: 1 }),
    });

    const list = await call('get', '/campaigns');
    expect(list.status).toBe(200);
    expectResponseToMatchSpec('/campaigns', 'get', list);
    expect(list.body.canManage).toBe(true);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id,
        phase: 'running',
        progress: { entities: 0, done: 0, open: 0, overdue: 0 },
      }),
    ]);

    // One answer makes a subject of payments: Bronze needs more, so it is open.
    const answered = await call(
      'put',
      '/entities/component/default/payments/answers/software-quality.ci',
    ).send({
      checklistId: 'backend-project',
      status: 'yes',
      expectedVersion: 0,
    });
    expect(answered.status).toBe(200);
    const detail = await call('get', `/campaigns/${id}?state=open`);
    expect(detail.status).toBe(200);
    expectResponseToMatchSpec('/campaigns/{campaignId}', 'get', detail);
    expect(detail.body.campaign.progress).toEqual({
      entities: 1,
      done: 0,
      open: 1,
      overdue: 0,
    });
    expect(detail.body.entities.items).toEqual([
      expect.objectContaining({
        entityRef: 'component:default/payments',
        state: 'open',
      }),
    ]);
    const mine = await call(
      'get',
      '/entities/component/default/payments/campaigns',
    );
    expectResponseToMatchSpec(
      '/entities/{kind}/{namespace}/{name}/campaigns',
      'get',
      mine,
    );
    expect(mine.body.items).toEqual([
      expect.objectContaining({ state: 'open', phase: 'running' }),
    ]);

    const stale = await call('put', `/campaigns/${id}?expectedVersion=2`).send(
      input,
    );
    expect({ status: stale.status, message: stale.body.error.message }).toEqual(
      {
        status: 409,
        message: `The campaign '${id}' is at version 1, not 2; reload it and apply your change again`,
      },
    );
    const changed = await call(
      'put',
      `/campaigns/${id}?expectedVersion=1`,
    ).send({ ...input, dueOn: '2030-01-31' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, updatedBy: PLATFORM });
    const history = await call('get', `/campaigns/${id}/history`);
    expectResponseToMatchSpec(
      '/campaigns/{campaignId}/history',
      'get',
      history,
    );
    expect(
      history.body.items.map(
        (h: { version: number; campaign: { dueOn: string } }) => [
          h.version,
          h.campaign.dueOn,
        ],
      ),
    ).toEqual([
      [2, '2030-01-31'],
      [1, '2030-12-31'],
    ]);
    const missing = await call('get', '/campaigns/no-such-campaign');
    expect({
      status: missing.status,
      message: missing.body.error.message,
    }).toEqual({
      status: 404,
      message: "There is no campaign 'no-such-campaign'",
    });
  });
});
