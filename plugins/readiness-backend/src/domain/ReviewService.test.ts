import { bothDatabases } from '../__testUtils__/bothDatabases';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { readReadinessConfig } from '../config/readReadinessConfig';
import { ReviewService } from './ReviewService';
import { testDomain } from '../service/__testUtils__/testDomain';

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;

const component = (
  name: string,
  owner: string,
  system: string,
  lifecycle: string,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', owner, system, lifecycle },
  relations: [
    { type: 'ownedBy', targetRef: `group:default/${owner}` },
    { type: 'partOf', targetRef: `system:default/${system}` },
  ],
});
const system = (name: string, domain: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name, namespace: 'default' },
  spec: { owner: 'team-a', domain },
  relations: [{ type: 'partOf', targetRef: `domain:default/${domain}` }],
});

const entities = [
  component('a', 'team-a', 'sys-1', 'production'),
  component('b', 'team-a', 'sys-1', 'production'),
  component('c', 'team-b', 'sys-2', 'experimental'),
  component('d', 'team-b', 'sys-2', 'production'),
  component('e', 'team-b', 'sys-2', 'production'),
  system('sys-1', 'dom-x'),
  system('sys-2', 'dom-y'),
];
const entityNamed = (name: string) =>
  entities.find(e => e.kind === 'Component' && e.metadata.name === name)!;

// Two sections: ops (q1, q2, weight 1 each) and docs (q3, weight 2).
const readinessConfig = {
  reviewIntervalDays: 180,
  snapshots: { retentionDays: 30 },
  defaultChecklist: { enabled: false },
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
            { id: 'q2', text: 'Question two' },
          ],
        },
        {
          id: 'docs',
          title: 'Documentation',
          questions: [{ id: 'q3', text: 'Question three', weight: 2 }],
        },
      ],
    },
  ],
};

const databases = bothDatabases();

describe.each(databases.eachSupportedId())('ReviewService (%s)', databaseId => {
  async function setup() {
    const knex = await databases.init(databaseId);
    const config = readReadinessConfig(
      new ConfigReader({ readiness: readinessConfig }),
    );
    let now = new Date('2026-01-01T12:00:00.000Z');
    const clock = () => now;
    const { database, domain } = await testDomain({
      knex,
      config,
      entities,
      clock,
    });
    const review = new ReviewService({
      store: database.review,
      config,
      clock,
    });
    const answer = (
      name: string,
      answers: [string, 'yes' | 'partial' | 'no' | 'na', number?][],
    ) =>
      domain.writer.writeAnswers(
        entityNamed(name),
        {
          checklistId: 'test',
          answers: answers.map(([questionId, status, expectedVersion]) => ({
            questionId,
            status,
            expectedVersion: expectedVersion ?? 0,
            ...(status === 'na' ? { note: 'Does not apply' } : {}),
          })),
        },
        'user:default/alice',
      );
    const setDay = (day: number) => {
      now = new Date(Date.parse('2026-01-01T12:00:00.000Z') + day * DAY);
    };

    // e answers on day 0; by day 200 its answer is stale. The others answer on day 190.
    await answer('e', [['q3', 'yes']]);
    setDay(190);
    await answer('a', [
      ['q1', 'yes'],
      ['q2', 'yes'],
      ['q3', 'yes'],
    ]);
    await answer('b', [
      ['q1', 'yes'],
      ['q2', 'no'],
      ['q3', 'partial'],
    ]);
    await answer('c', [
      ['q1', 'na'],
      ['q2', 'partial'],
      ['q3', 'no'],
    ]);
    await answer('d', [['q1', 'yes']]);
    setDay(200);
    await domain.refresher.refreshScores();
    return { review, answer, setDay };
  }

  it('computes totals, level distribution and figures per owner in SQL', async () => {
    const { review } = await setup();
    const report = await review.getReport('owner', {});

    // Scores: a 100 (gold), b 50 (bronze), c 16.7, d 25, e 0 (stale).
    expect(report.totals).toEqual({
      coverage: { inScope: 5, assessed: 5, automatic: 0, notStarted: 0 },
      entities: 5,
      averageScore: 38.3,
      minScore: 0,
      maxScore: 100,
      levels: { none: 3, bronze: 1, silver: 0, gold: 1 },
      staleAnswers: 1,
      entitiesWithStale: 1,
    });
    const byKey = Object.fromEntries(report.groups.map(g => [g.key, g]));
    expect(byKey['group:default/team-a']).toEqual({
      key: 'group:default/team-a',
      coverage: { inScope: 2, assessed: 2, automatic: 0, notStarted: 0 },
      entities: 2,
      averageScore: 75,
      minScore: 50,
      maxScore: 100,
      levels: { none: 0, bronze: 1, silver: 0, gold: 1 },
      staleAnswers: 0,
      entitiesWithStale: 0,
    });
    expect(byKey['group:default/team-b']).toMatchObject({
      entities: 3,
      averageScore: 13.9,
      minScore: 0,
      maxScore: 25,
      levels: { none: 3, bronze: 0, silver: 0, gold: 0 },
      staleAnswers: 1,
      entitiesWithStale: 1,
    });
  });

  it('lists every value of each grouping, for filter choices', async () => {
    const { review } = await setup();
    const { facets } = await review.getReport('owner', {
      owners: ['group:default/team-a'],
    });
    expect(facets).toEqual({
      owner: ['group:default/team-a', 'group:default/team-b'],
      system: ['system:default/sys-1', 'system:default/sys-2'],
      domain: ['domain:default/dom-x', 'domain:default/dom-y'],
      kind: ['component'],
      type: ['service'],
      lifecycle: ['experimental', 'production'],
    });
  });

  it('groups by domain through the system, and by lifecycle', async () => {
    const { review } = await setup();
    const byDomain = await review.getReport('domain', {});
    expect(
      byDomain.groups.map(g => [g.key, g.entities, g.averageScore]).sort(),
    ).toEqual([
      ['domain:default/dom-x', 2, 75],
      ['domain:default/dom-y', 3, 13.9],
    ]);
    const byLifecycle = await review.getReport('lifecycle', {});
    expect(
      byLifecycle.groups.map(g => [g.key, g.entities, g.averageScore]).sort(),
    ).toEqual([
      ['experimental', 1, 16.7],
      ['production', 4, 43.8],
    ]);
  });

  it('averages section scores overall and per group (the heat map)', async () => {
    const { review } = await setup();
    const report = await review.getReport('owner', {});
    expect(report.sections).toEqual([
      { id: 'ops', title: 'Operations' },
      { id: 'docs', title: 'Documentation' },
    ]);
    const cells = Object.fromEntries(
      report.sectionScores.map(c => [
        `${c.key} ${c.sectionId}`,
        c.averageScore,
      ]),
    );
    expect(cells).toEqual({
      '* ops': 50,
      '* docs': 30,
      'group:default/team-a ops': 75,
      'group:default/team-a docs': 75,
      'group:default/team-b ops': 33.3,
      'group:default/team-b docs': 0,
    });
  });

  it('counts each answer status per question, with stale and unanswered', async () => {
    const { review } = await setup();
    const { questions } = await review.getReport('owner', {});
    const pick = (q: (typeof questions)[number]) => ({
      yes: q.yes,
      partial: q.partial,
      no: q.no,
      na: q.na,
      stale: q.stale,
      unanswered: q.unanswered,
      entities: q.entities,
    });
    expect(questions.map(q => [q.questionId, q.sectionId, pick(q)])).toEqual([
      [
        'q1',
        'ops',
        {
          yes: 3,
          partial: 0,
          no: 0,
          na: 1,
          stale: 0,
          unanswered: 1,
          entities: 5,
        },
      ],
      [
        'q2',
        'ops',
        {
          yes: 1,
          partial: 1,
          no: 1,
          na: 0,
          stale: 0,
          unanswered: 2,
          entities: 5,
        },
      ],
      [
        'q3',
        'docs',
        {
          yes: 1,
          partial: 1,
          no: 1,
          na: 0,
          stale: 1,
          unanswered: 1,
          entities: 5,
        },
      ],
    ]);
  });

  it('filters by owner, lifecycle, system and kind', async () => {
    const { review } = await setup();
    const report = await review.getReport('owner', {
      owners: ['group:default/team-b'],
      lifecycles: ['production'],
    });
    expect(report.totals).toMatchObject({ entities: 2, averageScore: 12.5 });
    expect(report.groups.map(g => g.key)).toEqual(['group:default/team-b']);
    expect(report.questions.find(q => q.questionId === 'q1')).toMatchObject({
      entities: 2,
      yes: 1,
      unanswered: 1,
    });
    const bySystem = await review.getReport('system', {
      systems: ['system:default/sys-1'],
      kinds: ['Component'],
    });
    expect(bySystem.totals).toMatchObject({ entities: 2, averageScore: 75 });
    const none = await review.getReport('owner', {
      owners: ['group:default/nobody'],
    });
    expect(none.totals).toMatchObject({ entities: 0, averageScore: null });
    expect(none.groups).toEqual([]);
    expect(none.questions).toEqual([]);
  });

  it('keeps one snapshot a day (the last of the day), serves trends and drops old snapshots', async () => {
    const { review, answer, setDay } = await setup();
    expect(await review.takeDailySnapshot()).toEqual({
      day: '2026-07-20',
      written: 5,
      pruned: 0,
    });
    // A later run on the same day replaces that day's snapshot.
    await answer('b', [['q2', 'partial', 1]]);
    await review.takeDailySnapshot();
    const sameDay = await review.getTrends({
      groupBy: 'all',
      days: 1,
      filters: {},
    });
    expect(
      sameDay.points.map(p => [p.day, p.entities, p.averageScore]),
    ).toEqual([
      // b now scores 62.5 instead of 50: (100 + 62.5 + 16.7 + 25 + 0) / 5.
      ['2026-07-20', 5, 40.8],
    ]);
    await answer('b', [['q2', 'no', 2]]);
    await review.takeDailySnapshot();

    setDay(201);
    await answer('d', [['q2', 'yes']]);
    expect((await review.takeDailySnapshot()).written).toBe(5);

    const overall = await review.getTrends({
      groupBy: 'all',
      days: 7,
      filters: {},
    });
    expect(
      overall.points.map(p => [p.day, p.entities, p.averageScore]),
    ).toEqual([
      ['2026-07-20', 5, 38.3],
      ['2026-07-21', 5, 43.3],
    ]);
    expect(overall.points[1].levels).toEqual({
      none: 2,
      bronze: 2,
      silver: 0,
      gold: 1,
    });
    const byOwner = await review.getTrends({
      groupBy: 'owner',
      days: 7,
      filters: { owners: ['group:default/team-b'] },
    });
    expect(byOwner.points.map(p => [p.day, p.key, p.averageScore])).toEqual([
      ['2026-07-20', 'group:default/team-b', 13.9],
      ['2026-07-21', 'group:default/team-b', 22.2],
    ]);
    // Unfiltered trends come from the per-day group figures: the same numbers.
    const allOwners = await review.getTrends({
      groupBy: 'owner',
      days: 7,
      filters: {},
    });
    expect(
      allOwners.points.filter(p => p.key === 'group:default/team-b'),
    ).toEqual(byOwner.points);
    expect(
      allOwners.points
        .filter(p => p.key === 'group:default/team-a')
        .map(p => [p.day, p.entities, p.averageScore, p.levels.gold]),
    ).toEqual([
      ['2026-07-20', 2, 75, 1],
      ['2026-07-21', 2, 75, 1],
    ]);
    await expect(
      review.getTrends({ groupBy: 'all', days: 31, filters: {} }),
    ).rejects.toThrow('days is 31, but snapshots are kept for 30 days');

    setDay(231);
    expect(await review.takeDailySnapshot()).toEqual({
      day: '2026-08-20',
      written: 5,
      pruned: 5,
    });
  });
});
