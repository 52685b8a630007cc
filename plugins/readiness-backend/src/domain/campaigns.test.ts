import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ConflictError, InputError } from '@backstage/errors';
import { CampaignInput } from '@readiness/plugin-readiness-common';
import { bothDatabases } from '../__testUtils__/bothDatabases';
import { readReadinessConfig } from '../config/readReadinessConfig';
import { CAMPAIGNS, CAMPAIGN_HISTORY, EVIDENCE } from '../database/tables';
import { ReviewService } from './ReviewService';
import { reconcileTestCatalog } from '../service/__testUtils__/reconcileTestCatalog';
import { testDomain } from '../service/__testUtils__/testDomain';
import { CampaignNotifier } from '../notifications/CampaignNotifier';
import { CampaignService } from './CampaignService';
import { sendCampaignNotices } from '../tasks/scheduleCampaignTasks';

jest.setTimeout(60_000);

const component = (
  name: string,
  type: string,
  owner: string,
  title?: string,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', ...(title ? { title } : {}) },
  spec: { type, owner, lifecycle: 'production' },
  relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
});

const entities = {
  a: component('a', 'service', 'team-a', 'Service A'),
  b: component('b', 'service', 'team-b'),
  lib: component('lib', 'library', 'team-a'),
  web: component('web', 'website', 'team-b'),
};
const ref = (name: string) => `component:default/${name}`;
const TEAM_A = 'group:default/team-a';
const TEAM_B = 'group:default/team-b';

// q1 is asked of every component, q2 of services only.
const readiness = {
  defaultChecklist: { enabled: false },
  levels: [
    { id: 'bronze', title: 'Bronze', minScore: 50 },
    { id: 'silver', title: 'Silver', minScore: 100 },
  ],
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
      ],
    },
  ],
  campaigns: {
    items: [
      {
        id: 'silver-by-january',
        title: 'Silver by January',
        target: { level: 'silver' },
        startsOn: '2026-01-01',
        dueOn: '2026-01-31',
        reminderDays: 7,
      },
    ],
  },
};

const databases = bothDatabases();

describe.each(databases.eachSupportedId())('campaigns (%s)', databaseId => {
  async function setup() {
    const knex = await databases.init(databaseId);
    const config = readReadinessConfig(new ConfigReader({ readiness }));
    let now = new Date('2026-01-10T12:00:00.000Z');
    const clock = () => now;
    const { domain, database } = await testDomain({
      knex,
      config,
      entities: Object.values(entities),
      clock,
    });
    await reconcileTestCatalog({
      entities: Object.values(entities),
      database,
      config,
      at: now,
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
    // a: 100 (Silver); b: 50 (Bronze); lib: q1 is all it is asked, 100 (Silver); web: nothing.
    await answer(entities.a, [
      ['q1', 'yes'],
      ['q2', 'yes'],
    ]);
    await answer(entities.b, [
      ['q1', 'yes'],
      ['q2', 'no'],
    ]);
    await answer(entities.lib, [['q1', 'yes']]);
    const campaigns = new CampaignService({
      store: database.campaigns,
      review: database.review,
      config,
      clock,
    });
    const review = new ReviewService({ store: database.review, config, clock });
    return {
      knex,
      campaigns,
      review,
      store: database.campaigns,
      setNow: (iso: string) => {
        now = new Date(iso);
      },
    };
  }

  const questionCampaign = (
    overrides: Partial<CampaignInput> = {},
  ): CampaignInput => ({
    title: 'Answer question two',
    scope: {},
    target: { questionIds: ['q2'] },
    startsOn: '2026-01-05',
    dueOn: '2026-01-20',
    reminderDays: 0,
    ...overrides,
  });

  it('counts a level target over every entity in scope, per team and per entity', async () => {
    const { campaigns } = await setup();
    const [summary] = await campaigns.listSummaries();
    expect(summary).toMatchObject({
      id: 'silver-by-january',
      source: 'config',
      phase: 'running',
      progress: { entities: 4, done: 2, open: 2, overdue: 0 },
    });
    const detail = await campaigns.getDetail('silver-by-january', {
      limit: 10,
      offset: 0,
    });
    expect(detail.teams).toEqual([
      { owner: TEAM_A, entities: 2, done: 2, open: 0, overdue: 0 },
      { owner: TEAM_B, entities: 2, done: 0, open: 2, overdue: 0 },
    ]);
    // Not done first, then by name; titles for people.
    expect(
      detail.entities.items.map(e => [e.entityRef, e.state, e.level]),
    ).toEqual([
      [ref('b'), 'open', 'bronze'],
      [ref('web'), 'open', null],
      [ref('a'), 'done', 'silver'],
      [ref('lib'), 'done', 'silver'],
    ]);
    expect(detail.entities.items[2].title).toBe('Service A');
    const teamB = await campaigns.getDetail('silver-by-january', {
      owner: TEAM_B,
      state: 'open',
      limit: 1,
      offset: 1,
    });
    expect(teamB.entities).toEqual({
      totalCount: 2,
      items: [expect.objectContaining({ entityRef: ref('web') })],
    });
    // Only what the caller may see is counted.
    const [visible] = await campaigns.listSummaries([ref('a'), ref('b')]);
    expect(visible.progress).toEqual({
      entities: 2,
      done: 1,
      open: 1,
      overdue: 0,
    });
  });

  it('counts a question target over the entities asked, with the fresh Yes of a person or of evidence', async () => {
    const { campaigns, knex, setNow } = await setup();
    const created = await campaigns.createCampaign(
      questionCampaign(),
      'user:default/platform',
    );
    // The library and the website are not asked q2: the campaign does not concern them.
    expect(
      (await campaigns.getDetail(created.id, { limit: 10, offset: 0 })).campaign
        .progress,
    ).toEqual({
      entities: 2,
      done: 1,
      open: 1,
      overdue: 0,
    });
    expect(await campaigns.entityCampaigns(ref('lib'))).toEqual([
      expect.objectContaining({ state: 'done', phase: 'running' }),
    ]);
    expect(
      (await campaigns.entityCampaigns(ref('b'))).map(c => [
        c.campaign.id,
        c.state,
      ]),
    ).toEqual([
      ['silver-by-january', 'open'],
      [created.id, 'open'],
    ]);

    // An automatic Yes counts only where no person answered: b's No wins over it; the
    // website's evidence answers q1 for a campaign on q1.
    await knex(EVIDENCE).insert(
      [ref('b'), ref('web')].map(entityRef => ({
        entity_ref: entityRef,
        question_id: entityRef === ref('b') ? 'q2' : 'q1',
        provider_id: 'test',
        status: 'yes',
        note: 'found',
        links: '[]',
        evaluated_at: '2026-01-09T00:00:00.000Z',
      })),
    );
    const onQ1 = await campaigns.createCampaign(
      questionCampaign({
        title: 'Websites answer q1',
        scope: { types: ['website'] },
        target: { questionIds: ['q1'] },
      }),
      'user:default/platform',
    );
    expect((await campaigns.listSummaries()).map(s => s.progress.done)).toEqual(
      [2, 1, 1],
    );
    expect(await campaigns.entityCampaigns(ref('web'))).toEqual([
      expect.objectContaining({ state: 'open' }),
      expect.objectContaining({
        campaign: expect.objectContaining({ id: onQ1.id }),
        state: 'done',
      }),
    ]);

    // Past the review interval (180 days) the Yes is stale and the entity is overdue.
    setNow('2026-07-20T12:00:00.000Z');
    expect(
      (await campaigns.getDetail(created.id, { limit: 10, offset: 0 }))
        .campaign,
    ).toMatchObject({
      phase: 'overdue',
      progress: { entities: 2, done: 0, open: 0, overdue: 2 },
    });
  });

  it('draws progress over time from the score snapshots and the campaign snapshots, today live', async () => {
    const { campaigns, review, setNow } = await setup();
    const created = await campaigns.createCampaign(
      questionCampaign(),
      'user:default/platform',
    );
    setNow('2026-01-09T12:00:00.000Z');
    await review.takeDailySnapshot();
    expect(await campaigns.takeDailySnapshots()).toEqual({
      written: 2,
      pruned: 0,
    });
    setNow('2026-01-10T12:00:00.000Z');
    expect(
      (await campaigns.getDetail('silver-by-january', { limit: 1, offset: 0 }))
        .overTime,
    ).toEqual([
      { day: '2026-01-09', entities: 4, done: 2 },
      { day: '2026-01-10', entities: 4, done: 2 },
    ]);
    expect(
      (await campaigns.getDetail(created.id, { limit: 1, offset: 0 })).overTime,
    ).toEqual([
      { day: '2026-01-09', entities: 2, done: 1 },
      { day: '2026-01-10', entities: 2, done: 1 },
    ]);
  });

  it('stores campaigns with their history, refuses invalid or stale changes and leaves config campaigns alone', async () => {
    const { campaigns, knex } = await setup();
    const invalid = campaigns.createCampaign(
      questionCampaign({
        target: { questionIds: ['q9'] },
        dueOn: '2026-01-01',
      }),
      'user:default/platform',
    );
    await expect(invalid).rejects.toThrow(InputError);
    await expect(invalid).rejects.toThrow(
      'Invalid campaign: target.questionIds has questions no checklist asks: q9; dueOn must not be before startsOn',
    );
    expect(Number((await knex(CAMPAIGNS).count({ n: '*' }))[0].n)).toBe(0);

    const created = await campaigns.createCampaign(
      questionCampaign(),
      'user:default/platform',
    );
    expect(created).toMatchObject({
      version: 1,
      source: 'api',
      createdBy: 'user:default/platform',
    });
    expect(created.id).toMatch(/^answer-question-two-[0-9a-f]{8}$/);
    const changed = await campaigns.updateCampaign(
      created.id,
      questionCampaign({ dueOn: '2026-02-28' }),
      1,
      'user:default/bob',
    );
    expect(changed).toMatchObject({
      version: 2,
      dueOn: '2026-02-28',
      createdBy: 'user:default/platform',
      updatedBy: 'user:default/bob',
    });
    await expect(
      campaigns.updateCampaign(
        created.id,
        questionCampaign(),
        1,
        'user:default/eve',
      ),
    ).rejects.toThrow(ConflictError);
    await expect(
      campaigns.updateCampaign(
        'silver-by-january',
        questionCampaign(),
        1,
        'user:default/eve',
      ),
    ).rejects.toThrow('is defined in app-config');
    expect(
      (await campaigns.getHistory(created.id)).map(h => [
        h.version,
        h.changedBy,
        h.campaign.dueOn,
      ]),
    ).toEqual([
      [2, 'user:default/bob', '2026-02-28'],
      [1, 'user:default/platform', '2026-01-20'],
    ]);
    expect(Number((await knex(CAMPAIGN_HISTORY).count({ n: '*' }))[0].n)).toBe(
      2,
    );
  });

  it('sends each notice once, to the owners of the entities not done, linking to the tab', async () => {
    const { campaigns, store, setNow } = await setup();
    const send = jest.fn(async () => {});
    const notifier = new CampaignNotifier({
      notifications: { send },
      logger: { warn: jest.fn() } as any,
      levels: readReadinessConfig(new ConfigReader({ readiness })).levels,
    });
    const run = () =>
      sendCampaignNotices({
        campaigns,
        store,
        notifier,
        now: new Date('2026-01-10T12:00:00.000Z'),
      });
    // Two replicas at once: the start and first reminder go out once between them.
    const [first, second] = await Promise.all([run(), run()]);
    expect([...first.notices, ...second.notices].sort()).toEqual([
      'silver-by-january:reminder-1',
      'silver-by-january:start',
    ]);
    expect(first.sent + second.sent).toBe(4);
    expect(send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: TEAM_B },
      payload: expect.objectContaining({
        title: 'Campaign "Silver by January" started for b',
        description:
          'Reach Silver by 2026-01-31. See what is still needed on the Readiness tab.',
        link: '/catalog/default/component/b/readiness',
        scope: 'readiness-campaign:silver-by-january:component:default/b',
      }),
    });
    expect(await run()).toEqual({ notices: [], sent: 0 });

    setNow('2026-02-01T12:00:00.000Z');
    const overdue = await sendCampaignNotices({
      campaigns,
      store,
      notifier,
      now: new Date('2026-02-01T12:00:00.000Z'),
    });
    expect(overdue).toEqual({
      notices: ['silver-by-january:overdue'],
      sent: 2,
    });
    expect(send).toHaveBeenLastCalledWith(
      expect.objectContaining({
        payload: expect.objectContaining({
          title: 'web is overdue for "Silver by January"',
          severity: 'high',
        }),
      }),
    );
  });
});
