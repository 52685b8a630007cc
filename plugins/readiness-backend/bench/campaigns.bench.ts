/*
 * Benchmark: campaigns at scale. 20 campaigns (10 with a level target, 10 with 1 to 5 questions
 * answered Yes; scopes from everything to one team; some past due) over the seeded entities,
 * with 30 days of snapshots (the score snapshots for level targets, campaign snapshots taken
 * for each day for question targets). Times the campaign page (GET /campaigns: every campaign
 * with its progress, one request), one campaign's per-team progress with its first page of
 * entities and its progress over time (GET /campaigns/{id}, one request) for a level and for a
 * question target, and an entity's campaigns (GET /entities/.../campaigns). Target: under
 * 300 ms p50 at 10,000 entities. Not a test: run it with `yarn bench`.
 */
import {
  ENTITIES,
  SNAPSHOT_DAYS,
  TEAMS,
  entityName,
  percentile,
  questions,
  runBench,
  runOnBothDatabases,
  timeGet as timeGetRuns,
} from './benchBackend';

const RUNS = 20;
const DAY_MS = 24 * 60 * 60 * 1000;
const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);
const owners = (n: number) =>
  TEAMS.slice(0, n).map(team => `group:default/${team}`);
// Questions asked of every component, and of services and websites only.
const askedOfAll = questions
  .filter(q => q.id.startsWith('communication.'))
  .map(q => q.id);
const askedOfServices = questions
  .filter(q => q.id.startsWith('databases.'))
  .map(q => q.id);

// Past-due campaigns end after they start, whatever the number of snapshot days.
const dueOn = (inDays: number) => day(Math.max(inDays, 1 - SNAPSHOT_DAYS));
const level = (id: string, scope: object, dueInDays = 60) => ({
  target: { level: id },
  scope,
  dueOn: dueOn(dueInDays),
});
const asked = (ids: string[], scope: object, dueInDays = 60) => ({
  target: { questionIds: ids },
  scope,
  dueOn: dueOn(dueInDays),
});

const CAMPAIGNS = [
  level('bronze', {}),
  level('silver', {}),
  level('gold', { lifecycles: ['production'] }),
  level('silver', { types: ['service'] }),
  level('bronze', { owners: owners(10) }, -5),
  level('silver', { owners: owners(1) }),
  level('gold', { types: ['website'] }),
  level('bronze', { lifecycles: ['experimental'] }, -1),
  level('silver', { owners: owners(20), lifecycles: ['production'] }),
  level('bronze', { kinds: ['Component'] }),
  asked(askedOfAll.slice(0, 1), {}),
  asked(askedOfAll.slice(0, 3), {}),
  asked(askedOfServices.slice(0, 5), {}),
  asked(askedOfServices.slice(0, 2), { types: ['service'] }, -3),
  asked([askedOfAll[2], askedOfServices[3]], {}),
  asked(askedOfAll.slice(1, 4), { owners: owners(5) }),
  asked(askedOfServices.slice(2, 3), { lifecycles: ['production'] }),
  asked(askedOfAll.slice(3, 5), { owners: owners(1) }),
  asked(askedOfServices.slice(0, 4), { owners: owners(20) }, -10),
  asked(askedOfAll.slice(0, 5), { types: ['website'] }),
];

const timeGet = (url: string) => timeGetRuns(url, RUNS);

const p = (durations: number[], q: number) =>
  percentile(durations, q).toFixed(1);

runBench(() =>
  runOnBothDatabases(async ({ base, answers, campaignsAt }) => {
    const ids: string[] = [];
    for (const [i, campaign] of CAMPAIGNS.entries()) {
      const res = await fetch(`${base}/campaigns`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          title: `Campaign ${i + 1}`,
          startsOn: day(-SNAPSHOT_DAYS),
          reminderDays: 7,
          ...campaign,
        }),
      });
      const body = await res.json();
      if (res.status !== 201) {
        throw new Error(`Creating campaign ${i}: ${JSON.stringify(body)}`);
      }
      ids.push(body.id);
    }
    const snapshotStart = performance.now();
    let snapshotRows = 0;
    for (let d = SNAPSHOT_DAYS; d >= 1; d--) {
      snapshotRows += (
        await campaignsAt(
          new Date(Date.now() - d * DAY_MS),
        ).takeDailySnapshots()
      ).written;
    }
    const snapshotMs = performance.now() - snapshotStart;

    const page = await timeGet(`${base}/campaigns`);
    const levelDetail = await timeGet(`${base}/campaigns/${ids[0]}`);
    const questionDetail = await timeGet(`${base}/campaigns/${ids[12]}`);
    const entity = await timeGet(
      `${base}/entities/component/default/${entityName(1)}/campaigns`,
    );
    return {
      entities: ENTITIES,
      answers,
      campaigns: page.body.items.length,
      'campaign page p50 (ms)': p(page.durations, 50),
      'campaign page p99 (ms)': p(page.durations, 99),
      'level campaign, per team p50 (ms)': p(levelDetail.durations, 50),
      'level campaign teams': levelDetail.body.teams.length,
      'level campaign days': levelDetail.body.overTime.length,
      'question campaign, per team p50 (ms)': p(questionDetail.durations, 50),
      'question campaign done': `${questionDetail.body.campaign.progress.done} of ${questionDetail.body.campaign.progress.entities}`,
      'question campaign days': questionDetail.body.overTime.length,
      "an entity's campaigns p50 (ms)": p(entity.durations, 50),
      'campaign snapshot rows (30 days)': snapshotRows,
      'campaign snapshots, 30 days (s)': (snapshotMs / 1000).toFixed(1),
    };
  }),
);
