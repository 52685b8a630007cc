/*
 * The portal bench: the demo portal's real backend (catalog, permission policy, auth, Readiness
 * and its catalog module) as its own process on PostgreSQL, with a catalog of 1,000 and 10,000
 * generated components. It prints, per catalog size: one entity's readiness as a signed-in user,
 * every score as a bulk reader reads it, batch answer writes per second, and the scheduled
 * evidence run over every entity; and one entity's read beside the catalog's own read of it
 * (latency, the backend's CPU per request, body size, the conditional read) with a user's and a
 * static token, and a CPU profile of the read summarised by package.
 *
 *   yarn workspace reliability bench:portal [--entities 1000,10000] [--before <git revision>]
 *
 * With --before, the same figures are taken from that revision too (cloned into a temporary
 * directory and installed), side by side in one table; --before-checkout <dir> reuses such a
 * checkout. Not a test: it prints figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { BackendProcess } from '../backendProcess';
import { api, SERVICE_TOKEN } from '../caller';
import { freePort } from '../freePort';
import { sleep } from '../sleep';
import { benchEntityName, writeCatalogFixture } from './catalogFixture';
import { dropDatabase, dropDatabases, psqlNumber } from './psql';
import { readCost, ReadCostRow } from './readCost';
import { fullyAnsweredSizes } from './fullyAnswered';
import { compareProfiles, profileWhile, summariseProfile } from './cpuProfile';

const PROFILED_READS = 200;
type ProfileSummary = {
  label: string;
  rows: ReturnType<typeof summariseProfile>;
};
type ProfileComparison = {
  label: string;
  rows: ReturnType<typeof compareProfiles>;
};

const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5432);
const REPO = resolve(process.cwd(), '../..');
const WRITERS = 4;
const WRITE_SECONDS = 20;
const EVIDENCE_CAP_MS = 10 * 60_000;

type Build = { label: string; repoDir: string };
type Row = Record<string, string | number>;

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
};

/** A checkout of `revision` with its dependencies installed, for the "before" figures. */
function checkout(revision: string, workDir: string): Build {
  const dir = resolve(workDir, 'before');
  execFileSync('git', ['clone', '-q', REPO, dir]);
  execFileSync('git', ['-C', dir, 'checkout', '-q', revision]);
  execFileSync('yarn', ['install', '--immutable'], {
    cwd: dir,
    stdio: 'ignore',
  });
  const short = execFileSync(
    'git',
    ['-C', dir, 'rev-parse', '--short', 'HEAD'],
    {
      encoding: 'utf8',
    },
  ).trim();
  return { label: `before (${short})`, repoDir: dir };
}

async function timed(times: number, run: (i: number) => Promise<void>) {
  const durations: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run(i);
    durations.push(performance.now() - started);
  }
  return durations;
}

async function guestToken(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!res.ok) throw new Error(`guest sign-in: ${res.status}`);
  return ((await res.json()) as any).backstageIdentity.token;
}

async function get(base: string, path: string, token: string) {
  const res = await fetch(`${base}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const text = await res.text();
  if (!res.ok)
    throw new Error(`GET ${path}: ${res.status} ${text.slice(0, 300)}`);
  return text;
}

/** Waits until the catalog serves `count` components (processed and stitched). */
async function waitForCatalog(base: string, count: number) {
  const started = Date.now();
  for (;;) {
    const res = await api(
      base,
      'GET',
      '/api/catalog/entities/by-query?filter=kind=component&limit=1',
    );
    if (res.status === 200 && res.body.totalItems >= count) {
      return Date.now() - started;
    }
    if (Date.now() - started > 20 * 60_000) {
      throw new Error(
        `the catalog holds ${res.body?.totalItems} of ${count} components after 20 minutes`,
      );
    }
    await sleep(2000);
  }
}

/**
 * Has the reconcile run over the loaded catalog and waits until every component has its
 * readiness subject, so both builds serve the same number of scores.
 */
async function everyEntityScored(base: string, count: number) {
  const started = Date.now();
  let triggered = false;
  for (;;) {
    const res = await api(base, 'GET', '/api/readiness/scores?limit=1');
    if (res.status === 200 && res.body.totalCount >= count) {
      return;
    }
    if (!triggered) {
      const trigger = await api(
        base,
        'POST',
        '/api/readiness/.backstage/scheduler/v1/tasks/readiness-catalog-reconcile/trigger',
      );
      triggered = trigger.status === 200;
    }
    if (Date.now() - started > 10 * 60_000) {
      throw new Error(
        `readiness holds ${res.body?.totalCount} of ${count} subjects after 10 minutes`,
      );
    }
    await sleep(3000);
  }
}

type TaskState = { status: string; lastRunEndedAt?: string } | null;

async function evidenceTask(base: string): Promise<TaskState> {
  const res = await api(
    base,
    'GET',
    '/api/readiness/.backstage/scheduler/v1/tasks',
  );
  const task = res.body?.tasks?.find(
    (t: any) => t.taskId === 'readiness-evidence-refresh',
  );
  return task?.taskState ?? null;
}

/** Waits (up to `capMs`) until the evidence task's first run, 20 s after start, has ended. */
async function firstEvidenceRun(base: string, capMs: number) {
  const started = Date.now();
  while (Date.now() - started < capMs) {
    const state = await evidenceTask(base);
    if (state?.status === 'idle' && state.lastRunEndedAt) return true;
    await sleep(2000);
  }
  return false;
}

/**
 * Batch writes of five answers each by WRITERS concurrent writers for WRITE_SECONDS. Each write
 * goes to the next entity; after the last entity, the next five questions, so every write
 * answers questions nobody answered yet (expected version 0) and none conflicts.
 */
async function batchWrites(
  base: string,
  questionIds: string[],
  checklistId: string,
  entities: number,
) {
  let next = 0;
  let written = 0;
  const failures: string[] = [];
  const latencies: number[] = [];
  const until = Date.now() + WRITE_SECONDS * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (Date.now() < until) {
        const n = next++;
        const i = n % entities;
        const round = Math.floor(n / entities);
        const questions = questionIds.slice(round * 5, round * 5 + 5);
        const res = await api(
          base,
          'POST',
          `/api/readiness/entities/component/default/${benchEntityName(
            i,
          )}/answers`,
          {
            checklistId,
            answers: questions.map(questionId => ({
              questionId,
              status: 'yes',
              expectedVersion: 0,
            })),
          },
        );
        latencies.push(res.ms);
        if (res.status === 200) written += 1;
        else
          failures.push(
            `${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
          );
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  if (failures.length) {
    console.log(`  ${failures.length} writes failed, first: ${failures[0]}`);
  }
  return { perSecond: written / seconds, latencies, next };
}

async function measure(
  build: Build,
  entities: number,
  workDir: string,
  readCosts: ReadCostRow[],
  profiles: ProfileSummary[],
  comparisons: ProfileComparison[],
): Promise<Row> {
  const prefix = `rbench_${Date.now()}_`;
  const catalogFile = resolve(workDir, `catalog-${entities}.yaml`);
  if (!existsSync(catalogFile)) writeCatalogFixture(catalogFile, entities);
  const database = {
    client: 'pg',
    connection: { host: '127.0.0.1', port: PG_PORT, user: 'postgres' },
    prefix,
  };
  const config = {
    catalog: {
      locations: [
        {
          type: 'file',
          target: catalogFile,
          rules: [{ allow: ['Component', 'System', 'Domain', 'Group'] }],
        },
      ],
    },
  };
  const port = await freePort();
  const inspectPort = await freePort();
  const start = (evidence: object) =>
    new BackendProcess(`bench-${entities}-${build.label.split(' ')[0]}`, port, {
      workDir,
      database,
      repoDir: build.repoDir,
      readyPath: '/api/readiness/checklists',
      inspectPort,
      config,
      // Without the demo's campaign: its start notice (one notification per production service
      // not at Bronze) would land in the middle of the measurements.
      readiness: { evidence, campaigns: { items: [] } },
    });
  let backend = start({});
  const row: Row = { build: build.label, entities };
  try {
    await backend.start();
    const base = backend.url;
    row['catalog load (s)'] = (
      (await waitForCatalog(base, entities)) / 1000
    ).toFixed(0);
    console.log(`  catalog loaded in ${row['catalog load (s)']} s`);
    await everyEntityScored(base, entities);
    // Measured once the first evidence run is over (or, on a slow build, while it still runs).
    row['measured during evidence run'] = (await firstEvidenceRun(
      base,
      EVIDENCE_CAP_MS,
    ))
      ? 'no'
      : 'yes';
    await sleep(5_000);

    const user = await guestToken(base);
    const checklists = JSON.parse(
      await get(base, '/api/readiness/checklists', user),
    );
    const checklist = checklists.items[0];
    const questionIds: string[] = checklist.sections.flatMap((s: any) =>
      s.questions.map((q: any) => q.id),
    );

    // One entity's readiness as a signed-in user's page first reads it (the compact form),
    // a different entity each time.
    const readOne = (i: number) =>
      get(
        base,
        `/api/readiness/entities/component/default/${benchEntityName(
          (i * 37) % entities,
        )}?checklist=reference`,
        user,
      );
    const one = await timed(200, async i => {
      await readOne(i);
    });
    row['one entity p50 (ms)'] = percentile(one, 50).toFixed(1);
    row['one entity p99 (ms)'] = percentile(one, 99).toFixed(1);
    // The floor under it: the one catalog read every request makes, alone (the catalog asks
    // the permission backend too).
    const catalogAlone = await timed(200, async i => {
      await get(
        base,
        `/api/catalog/entities/by-name/component/default/${benchEntityName(
          (i * 37) % entities,
        )}`,
        user,
      );
    });
    row['catalog read alone p50 (ms)'] = percentile(catalogAlone, 50).toFixed(
      1,
    );
    // One entity beside the catalog's read, with a user's token and a static one.
    for (const token of [
      { label: 'user (guest)', value: user },
      { label: 'static (service)', value: SERVICE_TOKEN },
    ]) {
      const costs = await readCost({
        base,
        pid: backend.pid!,
        token: {
          label: `${build.label}, ${entities} entities, ${token.label}`,
          value: token.value,
        },
        entityName: benchEntityName,
        entities,
      });
      readCosts.push(...costs);
    }
    // Where one entity's read spends the backend's CPU, with a user's token.
    const profile = await profileWhile(inspectPort, async () => {
      for (let i = 0; i < PROFILED_READS; i++) {
        await readOne(i);
      }
    });
    profiles.push({
      label: `${build.label}, ${entities} entities`,
      rows: summariseProfile(profile, PROFILED_READS),
    });
    // Where a page's later conditional read spends more than the floor does (static token,
    // so neither asks the permission backend).
    const versions = new Map<string, string>();
    const profileOf = (path: (name: string) => string) =>
      profileWhile(inspectPort, async () => {
        for (let i = 0; i < PROFILED_READS; i++) {
          const name = benchEntityName((i * 37) % entities);
          const res = await fetch(`${base}${path(name)}`, {
            headers: {
              Authorization: `Bearer ${SERVICE_TOKEN}`,
              'If-None-Match': versions.get(name) ?? '',
            },
          });
          await res.text();
          if (res.headers.get('etag')) {
            versions.set(name, res.headers.get('etag')!);
          }
        }
      });
    const later = (name: string) =>
      `/api/readiness/entities/component/default/${name}?checklist=reference&access=omit`;
    await profileOf(later); // the versions, for the conditional reads profiled next
    const notModified = await profileOf(later);
    const floor = await profileOf(
      name => `/api/read-floor/entities/component/default/${name}`,
    );
    comparisons.push({
      label: `${build.label}, ${entities} entities`,
      rows: compareProfiles(
        [
          { label: '304, later read', profile: notModified },
          { label: 'floor', profile: floor },
        ],
        PROFILED_READS,
      ),
    });

    const writes = await batchWrites(base, questionIds, checklist.id, entities);
    row['batch writes/s'] = writes.perSecond.toFixed(1);
    row['write p50 (ms)'] = percentile(writes.latencies, 50).toFixed(1);

    const answered = await fullyAnsweredSizes({
      base,
      entityName: benchEntityName(0),
      checklistId: checklist.id,
      questionIds,
    });
    row[
      'fully answered'
    ] = `${answered.answeredByPeople} of ${answered.questions}`;
    row['fully answered, full (KB)'] = answered.fullKB.toFixed(1);
    row['fully answered, by reference (KB)'] =
      answered.byReferenceKB.toFixed(1);

    let bytes = 0;
    const legacy = await timed(20, async () => {
      bytes = (await get(base, '/api/readiness/scores?limit=20000', user))
        .length;
    });
    row['all scores, full (ms p50)'] = percentile(legacy, 50).toFixed(1);
    row['full (MB)'] = (bytes / 1e6).toFixed(2);
    // Older builds have no `fields`; their OpenAPI document says so.
    const hasBulk = (
      await get(base, '/api/readiness/openapi.json', user)
    ).includes('"ScoreField"');
    if (hasBulk) {
      const compact = await timed(20, async () => {
        bytes = (
          await get(
            base,
            '/api/readiness/scores?limit=20000&fields=entityRef&fields=level&fields=score&fields=assessment',
            user,
          )
        ).length;
      });
      row['all scores, bulk fields (ms p50)'] = percentile(compact, 50).toFixed(
        1,
      );
      row['bulk (MB)'] = (bytes / 1e6).toFixed(2);
    } else {
      row['all scores, bulk fields (ms p50)'] = 'n/a';
      row['bulk (MB)'] = 'n/a';
    }
    await backend.stop();

    // The evidence run over every entity: the backend restarts on the loaded catalog with an
    // empty readiness database, so every entity's evidence is due; the task's first run starts
    // 20 s after start (a stopped backend would keep its own run's lock until the timeout).
    dropDatabase(PG_PORT, `${prefix}readiness`);
    backend = start({});
    await backend.start();
    const evidenceDb = `${prefix}readiness`;
    const before = new Date(Date.now() - 60_000).toISOString();
    const finished = await firstEvidenceRun(backend.url, EVIDENCE_CAP_MS);
    const evaluated = psqlNumber(
      PG_PORT,
      evidenceDb,
      `SELECT count(*) FROM readiness_evidence_runs WHERE evaluated_at > '${before}'`,
    );
    const span = psqlNumber(
      PG_PORT,
      evidenceDb,
      `SELECT EXTRACT(EPOCH FROM (max(evaluated_at::timestamptz) - min(evaluated_at::timestamptz))) FROM readiness_evidence_runs WHERE evaluated_at > '${before}'`,
    );
    const rate = evaluated / Math.max(span, 1);
    row['evidence run (s)'] = finished
      ? span.toFixed(0)
      : `> ${(EVIDENCE_CAP_MS / 1000).toFixed(
          0,
        )} (${evaluated} done; all in ~${(entities / rate / 60).toFixed(
          0,
        )} min)`;
  } finally {
    await backend.stop();
    dropDatabases(PG_PORT, prefix);
  }
  return row;
}

async function main() {
  // The demo portal signs in as guest, which the auth backend allows in development only.
  process.env.NODE_ENV = 'development';
  const sizes = (argument('entities') ?? '1000,10000').split(',').map(Number);
  const workDir = mkdtempSync(resolve(tmpdir(), 'readiness-portal-bench-'));
  const builds: Build[] = [];
  const before = argument('before');
  const beforeCheckout = argument('before-checkout');
  if (beforeCheckout) {
    // An installed checkout kept from an earlier run (the clone and install take minutes).
    builds.push({
      label: `before (${execFileSync(
        'git',
        ['-C', beforeCheckout, 'rev-parse', '--short', 'HEAD'],
        { encoding: 'utf8' },
      ).trim()})`,
      repoDir: beforeCheckout,
    });
  } else if (before) {
    builds.push(checkout(before, workDir));
  }
  builds.push({ label: 'this checkout', repoDir: REPO });
  const rows: Row[] = [];
  const readCosts: ReadCostRow[] = [];
  const profiles: ProfileSummary[] = [];
  const comparisons: ProfileComparison[] = [];
  for (const entities of sizes) {
    for (const build of builds) {
      console.log(`${build.label}: ${entities} entities ...`);
      const row = await measure(
        build,
        entities,
        workDir,
        readCosts,
        profiles,
        comparisons,
      );
      console.log(row);
      rows.push(row);
    }
  }
  console.table(rows);
  console.log(
    'One entity beside the catalog read (2 x 100 of each, alternating):',
  );
  console.table(readCosts);
  for (const { label, rows: places } of profiles) {
    console.log(
      `Where one entity's read (user token) spends the backend's CPU, ${label}, over ${PROFILED_READS} reads:`,
    );
    console.table(places);
  }
  for (const { label, rows: places } of comparisons) {
    console.log(
      `Where a page's later read, answered 304, spends more CPU than the floor (static token), ${label}, over ${PROFILED_READS} reads each:`,
    );
    console.table(places);
  }
  console.log(`Logs: ${workDir}`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
