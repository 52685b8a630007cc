/*
 * `yarn bench [--entities 10000] [--repositories 2000] [--delay-ms 150]`: the real readiness
 * plugin and this module in a test backend on PostgreSQL, with a catalog of generated
 * components spread over generated repositories (copies of examples/repositories) that a URL
 * reader serves from local folders after a delay per request, standing in for a code host.
 * Prints the first evidence run, a second run with nothing changed, the requests made, peak
 * RSS growth, and answer-write latency with and without a run going on.
 */
import {
  coreServices,
  createServiceFactory,
  SchedulerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import {
  ReadTreeResponseFactory,
  urlReaderFactoriesServiceRef,
} from '@backstage/backend-defaults/urlReader';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import readinessPlugin from '@readiness/plugin-readiness-backend';
import { ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import knexFactory, { Knex } from 'knex';
import readinessModuleRepository from '../src';
import { LocalFolderUrlReader } from '../src/testUtils/LocalFolderUrlReader';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const ENTITIES = arg('entities', 10_000);
const REPOSITORIES = arg('repositories', Math.max(1, Math.round(ENTITIES / 5)));
const DELAY_MS = arg('delay-ms', 150);
/** Reads are reused this long: longer than one run, shorter than the pause before the next. */
const REUSE_MINUTES = arg('reuse-minutes', 3);
/** Entities evaluated at once, and repositories read at once. */
const EVIDENCE_CONCURRENCY = arg('evidence-concurrency', 8);
const READ_CONCURRENCY = arg('read-concurrency', 8);
const BASE = 'https://code.bench/';
const SAMPLES = resolve(__dirname, '../../../examples/repositories');
const KINDS = [
  'python-fastapi-service',
  'node-express-service',
  'bare-service',
];

/** A reader that waits `DELAY_MS` per request and counts requests, over local folders. */
function delayedReaders(root: string, counts: { requests: number }) {
  return createServiceFactory({
    service: urlReaderFactoriesServiceRef,
    deps: {},
    factory:
      () => (options: { treeResponseFactory: ReadTreeResponseFactory }) => {
        const inner = new LocalFolderUrlReader({
          baseUrl: BASE,
          root,
          treeResponseFactory: options.treeResponseFactory,
        });
        const delayed = <T>(work: () => Promise<T>) =>
          new Promise(r => setTimeout(r, DELAY_MS)).then(() => {
            counts.requests += 1;
            return work();
          });
        const reader: UrlReaderService = {
          readUrl: (url, o) => delayed(() => inner.readUrl(url, o)),
          readTree: (url, o) => delayed(() => inner.readTree(url, o)),
          search: (url, o) => delayed(() => inner.search(url, o)),
        };
        return [{ reader, predicate: url => url.href.startsWith(BASE) }];
      },
  });
}

/**
 * The in-memory catalog with its look-ups by ref indexed. `catalogServiceMock` builds a map of
 * every entity on each look-up, which at 10,000 entities costs more memory and CPU than the
 * plugin under test; the real catalog answers these by key.
 */
function indexedCatalog(entities: Entity[]) {
  const inner = catalogServiceMock({ entities });
  const byRef = new Map(
    entities.map(e => [stringifyEntityRef(e).toLocaleLowerCase('en-US'), e]),
  );
  const find = (ref: string | CompoundEntityRef) =>
    byRef.get(
      (typeof ref === 'string'
        ? ref
        : stringifyEntityRef(ref)
      ).toLocaleLowerCase('en-US'),
    );
  const indexed: Partial<CatalogService> = {
    getEntityByRef: async (ref: string | CompoundEntityRef) => find(ref),
    getEntitiesByRefs: async (request: { entityRefs: string[] }) => ({
      items: request.entityRefs.map(find),
    }),
  };
  const catalog = new Proxy(inner, {
    get: (target, name: keyof CatalogService) => {
      const value = indexed[name] ?? target[name];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () => catalog,
  });
}

type TaskFn = (signal: AbortSignal) => Promise<unknown>;

/** A scheduler that only records the plugin's tasks, so the bench runs them when it wants. */
function capturingScheduler(tasks: Map<string, TaskFn>) {
  const scheduler: SchedulerService = {
    async scheduleTask(task) {
      tasks.set(task.id, task.fn as TaskFn);
    },
    createScheduledTaskRunner: () => ({
      run: async task => {
        tasks.set(task.id, task.fn as TaskFn);
      },
    }),
    async triggerTask(id) {
      await tasks.get(id)?.(new AbortController().signal);
    },
    async getScheduledTasks() {
      return [];
    },
    async cancelTask() {},
  };
  return createServiceFactory({
    service: coreServices.scheduler,
    deps: {},
    factory: () => scheduler,
  });
}

function component(i: number): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: `service-${i}`,
      namespace: 'default',
      annotations: {
        'backstage.io/source-location': `url:${BASE}repo-${i % REPOSITORIES}/`,
      },
    },
    spec: { type: 'service', owner: `team-${i % 40}`, lifecycle: 'production' },
    relations: [{ type: 'ownedBy', targetRef: `group:default/team-${i % 40}` }],
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[
      Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
    ] ?? NaN
  );
};

/**
 * With `--profile <prefix>`, the first run's CPU profile and allocation sampling (garbage
 * included) are written to `<prefix>.cpuprofile` and `<prefix>.heapprofile`, for DevTools.
 */
async function startProfiling() {
  const at = process.argv.indexOf('--profile');
  if (at < 0) {
    return undefined;
  }
  const prefix = process.argv[at + 1];
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<any>((done, fail) =>
      session.post(method, params, (error, result) =>
        error ? fail(error) : done(result),
      ),
    );
  await post('Profiler.enable');
  await post('Profiler.start');
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', {
    samplingInterval: 64 * 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  return {
    async stop() {
      const { profile } = await post('Profiler.stop');
      writeFileSync(`${prefix}.cpuprofile`, JSON.stringify(profile));
      const heap = await post('HeapProfiler.stopSampling');
      writeFileSync(`${prefix}.heapprofile`, JSON.stringify(heap.profile));
      session.disconnect();
    },
  };
}

/**
 * The write client: on each message, answers a question of one entity after another (a new
 * entity each time, 50 ms apart) until told to stop, then sends back each write's time in ms.
 */
const WRITE_CLIENT = `
let stop = false;
process.on('message', async job => {
  if (job === 'stop') { stop = true; return; }
  stop = false;
  const took = [];
  for (let i = 0; !stop; i++) {
    const name = 'service-' + ((job.offset + i * 7919) % job.entities);
    const started = performance.now();
    const res = await fetch(job.base + '/entities/component/default/' + name + '/answers', {
      method: 'POST',
      headers: { Authorization: job.user, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        checklistId: 'backend-project',
        answers: [{ questionId: 'architecture.data-flow', status: i % 2 ? 'yes' : 'partial', expectedVersion: 0 }],
      }),
    });
    await res.arrayBuffer();
    if (res.status !== 200) { console.error('write answered ' + res.status); }
    took.push(performance.now() - started);
    await new Promise(r => setTimeout(r, 50));
  }
  process.send(took);
});
`;

let clientProcess: ChildProcess | undefined;

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'readiness-repos-bench-'));
  for (let r = 0; r < REPOSITORIES; r++) {
    cpSync(join(SAMPLES, KINDS[r % KINDS.length]), join(root, `repo-${r}`), {
      recursive: true,
    });
  }
  const url =
    process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
    'postgresql://postgres@127.0.0.1:5432';
  const dbName = `readiness_repo_bench_${Date.now()}`;
  const admin = knexFactory({ client: 'pg', connection: url });
  await admin.raw(`CREATE DATABASE ${dbName}`);
  const benchUrl = new URL(url);
  benchUrl.pathname = `/${dbName}`;
  const knex: Knex = knexFactory({
    client: 'pg',
    connection: benchUrl.toString(),
  });
  const counts = { requests: 0 };
  const tasks = new Map<string, TaskFn>();
  const entities = Array.from({ length: ENTITIES }, (_, i) => component(i));
  try {
    const { server } = await startTestBackend({
      features: [
        readinessPlugin,
        readinessModuleRepository,
        delayedReaders(root, counts),
        indexedCatalog(entities),
        mockServices.database.factory({ knex }),
        capturingScheduler(tasks),
        mockServices.rootConfig.factory({
          data: {
            readiness: {
              evidence: {
                catalogMetadata: { enabled: false },
                // Every entity is due again for the second run.
                maxAgeMinutes: 0.01,
                frequencyMinutes: 24 * 60,
                concurrency: EVIDENCE_CONCURRENCY,
              },
              repository: {
                concurrency: READ_CONCURRENCY,
                reuseMinutes: REUSE_MINUTES,
              },
              reconcile: { frequencyMinutes: 24 * 60 },
            },
          },
        }),
      ],
    });
    const base = `http://127.0.0.1:${
      (server.address() as { port: number }).port
    }/api/readiness`;
    // Runs a scheduled task now and in the background, as the scheduler would.
    const running: Promise<unknown>[] = [];
    const trigger = async (task: string) => {
      const fn = tasks.get(task);
      if (!fn) {
        throw new Error(`No task ${task}; there are ${[...tasks.keys()]}`);
      }
      running.push(fn(new AbortController().signal));
    };
    const progress = (what: string) => console.error(`bench: ${what}`);

    // The population first (the reconcile gives every component a readiness subject).
    progress('reconciling the catalog');
    await trigger('readiness-catalog-reconcile');
    while (
      Number((await knex('readiness_scores').count({ n: '*' }).first())?.n) <
      ENTITIES
    ) {
      await new Promise(r => setTimeout(r, 500));
    }

    const user = mockCredentials.user.header('user:default/alice');
    // Writes come from a client in its own process, as a portal's users do: what is measured is
    // the backend's time, not a client sharing its event loop.
    const client = (clientProcess = spawn(
      process.execPath,
      ['-e', WRITE_CLIENT],
      {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    ));
    const writeLatencies = async (until: () => boolean, offset: number) => {
      // How long work waited for the event loop meanwhile (the run's share of a write's time).
      const loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      const took = new Promise<number[]>(r => client.once('message', r));
      client.send({ base, user, offset, entities: ENTITIES });
      while (!until()) {
        await new Promise(r => setTimeout(r, 100));
      }
      client.send('stop');
      const latencies = await took;
      loop.disable();
      return Object.assign(latencies, {
        loopDelayP99: loop.percentile(99) / 1e6,
      });
    };
    (global as { gc?: () => void }).gc?.();
    const before = process.memoryUsage();
    const peak = { ...before };
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak.rss = Math.max(peak.rss, now.rss);
      peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
      peak.external = Math.max(peak.external, now.external);
    }, 200);

    const timedRun = async (withWrites: boolean) => {
      const requestsBefore = counts.requests;
      const startedAt = new Date().toISOString();
      const started = performance.now();
      await trigger('readiness-evidence-refresh');
      let done = false;
      const writes = withWrites
        ? writeLatencies(() => done, Math.floor(ENTITIES / 2))
        : Promise.resolve(Object.assign([] as number[], { loopDelayP99: NaN }));
      while (
        Number(
          (
            await knex('readiness_evidence_runs')
              .where('evaluated_at', '>=', startedAt)
              .count({ n: '*' })
              .first()
          )?.n,
        ) < ENTITIES
      ) {
        await new Promise(r => setTimeout(r, 500));
      }
      const seconds = (performance.now() - started) / 1000;
      done = true;
      return {
        seconds,
        requests: counts.requests - requestsBefore,
        writes: await writes,
      };
    };

    progress('first evidence run');
    const profiler = await startProfiling();
    const firstStarted = Date.now();
    const first = await timedRun(true);
    progress(
      `first run took ${first.seconds.toFixed(1)} s; write p50 ${percentile(
        first.writes,
        50,
      ).toFixed(1)} ms`,
    );
    await profiler?.stop();
    // What the run left behind, garbage collected (`node --expose-gc`).
    (global as { gc?: () => void }).gc?.();
    const retained = process.memoryUsage();
    // The next run comes once the reads of this one are no longer reused, as the next
    // scheduled run would: every repository is asked again, with its ETag. `--first-run-only`
    // leaves it out, for quicker profiling of the first.
    let second = { seconds: NaN, requests: NaN };
    if (!process.argv.includes('--first-run-only')) {
      await new Promise(r =>
        setTimeout(
          r,
          Math.max(
            0,
            firstStarted + REUSE_MINUTES * 60_000 + 1_000 - Date.now(),
          ),
        ),
      );
      progress('second evidence run');
      second = await timedRun(false);
    }
    progress('writes without a run');
    const quietEnd = Date.now() + 30_000;
    const quiet = await writeLatencies(
      () => Date.now() > quietEnd,
      ENTITIES / 4,
    );
    clearInterval(sampler);
    const answered = await knex('readiness_evidence').count({ n: '*' }).first();

    console.log(
      `Repository evidence at ${ENTITIES.toLocaleString(
        'en-US',
      )} entities in ${REPOSITORIES.toLocaleString(
        'en-US',
      )} repositories, ${DELAY_MS} ms per read, PostgreSQL`,
    );
    console.table({
      'first run (s)': first.seconds.toFixed(1),
      'first run requests': first.requests,
      'second run, nothing changed (s)': second.seconds.toFixed(1),
      'second run requests (conditional)': second.requests,
      'automatic answers stored': Number(answered?.n),
      'peak RSS growth (MB)': megabytes(peak.rss - before.rss),
      'of which peak JS heap growth (MB)': megabytes(
        peak.heapUsed - before.heapUsed,
      ),
      'of which peak buffer growth (MB)': megabytes(
        peak.external - before.external,
      ),
      'heap kept after the first run, collected (MB)': megabytes(
        retained.heapUsed - before.heapUsed,
      ),
      'write p50 without a run (ms)': percentile(quiet, 50).toFixed(1),
      'write p50 during the first run (ms)': percentile(
        first.writes,
        50,
      ).toFixed(1),
      'writes measured (quiet / during)': `${quiet.length} / ${first.writes.length}`,
      'event loop delay p99, quiet / during (ms)': `${quiet.loopDelayP99.toFixed(
        1,
      )} / ${first.writes.loopDelayP99.toFixed(1)}`,
    });
  } finally {
    clientProcess?.kill();
    await knex.destroy();
    await admin.raw(`DROP DATABASE ${dbName} WITH (FORCE)`);
    await admin.destroy();
    rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
