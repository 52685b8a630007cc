/*
 * Shared set-up of the benchmarks: seeds ENTITIES entities with 20 to 56 answers each, their
 * scores, section scores and 30 days of snapshots straight into the tables (one transaction per
 * entity would take minutes), serves the real router over HTTP
 * and runs a benchmark on SQLite (in memory) and PostgreSQL.
 *
 * PostgreSQL: BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING, else 127.0.0.1:5432 as
 * postgres. A scratch database is created and dropped.
 */
import { LoggerService } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { ConfigReader } from '@backstage/config';
import {
  ANSWER_STATUSES,
  DEFAULT_LEVELS,
  applicableChecklist,
  defaultChecklist,
  scoreReadiness,
} from '@readiness/plugin-readiness-common';
import express from 'express';
import knexFactory, { Knex } from 'knex';
import { AddressInfo } from 'net';
import { readReadinessConfig } from '../src/config/readReadinessConfig';
import { createReadinessDatabase } from '../src/database/createReadinessDatabase';
import { checklistHash } from '../src/domain/ScoreCalculator';
import { createReadinessDomain } from '../src/domain/createReadinessDomain';
import { ScoreChangeBroadcaster } from '../src/domain/ScoreChangeBroadcaster';
import { createRouter } from '../src/service/router';
import { allowEverything } from '../src/service/__testUtils__/allowEverything';
import { AuthorizedReadinessService } from '../src/service/AuthorizedReadinessService';
import { AuthorizedReviewService } from '../src/service/AuthorizedReviewService';
import { CatalogReader } from '../src/service/CatalogReader';
import { CatalogVisibility } from '../src/permissions/CatalogVisibility';
import { ReviewService } from '../src/domain/ReviewService';
import { DatabaseReviewStore } from '../src/database/DatabaseReviewStore';
import { SystemDomainCache } from '../src/subjects/SystemDomainCache';
import { benchCatalog } from './benchCatalog';
import { AuthorizedCampaignService } from '../src/service/AuthorizedCampaignService';
import { CampaignService } from '../src/domain/CampaignService';

export const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 10_000);
export const questions = defaultChecklist.sections.flatMap(s => s.questions);
/** 40 teams, 200 systems in 10 domains, three lifecycles. */
export const TEAMS = Array.from(
  { length: 40 },
  (_, i) => `team-${String(i).padStart(2, '0')}`,
);
const SYSTEMS = 200;
const DOMAINS = 10;
const LIFECYCLES = ['production', 'experimental', 'deprecated'];
/** Days of daily snapshots seeded for the trend queries. */
export const SNAPSHOT_DAYS = Number(process.env.BENCH_SNAPSHOT_DAYS ?? 30);

/** A logger that drops everything: benches print their own figures. */
export const silentLogger: LoggerService = {
  error() {},
  warn() {},
  info() {},
  debug() {},
  child: () => silentLogger,
};

export const entityName = (i: number) =>
  `service-${String(i).padStart(5, '0')}`;

export function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

/**
 * Answers "yes" to one of the first 20 questions of a seeded entity through the API: every
 * seeded entity answered those (version 1), so the write never conflicts the first time.
 */
export async function writeSeededAnswer(
  base: string,
  entity: number,
  question: number,
) {
  // Libraries are not asked all of the first 20 questions: write to the next entity instead.
  const target = benchEntityType(entity) === 'library' ? entity + 1 : entity;
  const res = await fetch(
    `${base}/entities/component/default/${entityName(target)}/answers/${
      questions[question % 20].id
    }`,
    {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        checklistId: defaultChecklist.id,
        status: 'yes',
        expectedVersion: 1,
      }),
    },
  );
  await res.json();
  if (!res.ok) throw new Error(`write: ${res.status}`);
}

/** Times `run` `times` times after `warmUp` untimed runs; returns the durations in ms. */
export async function timeRuns(
  times: number,
  run: () => Promise<unknown>,
  warmUp = 3,
) {
  const durations: number[] = [];
  for (let i = 0; i < times + warmUp; i++) {
    const start = performance.now();
    await run();
    if (i >= warmUp) {
      durations.push(performance.now() - start);
    }
  }
  return durations;
}

/** Times `runs` GETs of `url` (after the warm-up of timeRuns); the last body and the durations. */
export async function timeGet(url: string, runs: number) {
  let body: any;
  const durations = await timeRuns(runs, async () => {
    const res = await fetch(url);
    body = await res.json();
    if (!res.ok)
      throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
  });
  return { body, durations };
}

/** Rows per INSERT: PostgreSQL takes at most 65,535 bound values per statement. */
const ANSWER_ROWS_PER_INSERT = 5000; // 9 columns
const SCORE_ROWS_PER_INSERT = 2000; // 27 columns
const SECTION_ROWS_PER_INSERT = 10000; // 5 columns
/** Entities generated at a time, so 100,000 entities never sit in memory at once. */
const SEED_CHUNK = 2000;

async function insertAll(
  knex: Knex,
  table: string,
  rows: object[],
  perInsert: number,
) {
  // knex inserts many rows into SQLite as one compound SELECT, of at most 500 terms.
  const size =
    knex.client.config.client === 'pg' ? perInsert : Math.min(perInsert, 500);
  for (let i = 0; i < rows.length; i += size) {
    await knex(table).insert(rows.slice(i, i + size));
  }
}

/**
 * Bulk-inserts answers, scores, section scores and SNAPSHOT_DAYS days of snapshots: multi-row
 * inserts of generated rows, then one INSERT ... SELECT per day for the snapshots, so 100,000
 * entities (3.8 million answers) seed in minutes.
 */
async function seed(knex: Knex) {
  const nowMs = Date.now();
  const now = new Date(nowMs).toISOString();
  // One answer in ten was last reviewed 200 days ago, so it is stale.
  const old = new Date(nowMs - 200 * 24 * 60 * 60 * 1000).toISOString();
  const hash = checklistHash(defaultChecklist, DEFAULT_LEVELS);
  let answerCount = 0;
  for (let from = 0; from < ENTITIES; from += SEED_CHUNK) {
    const answerRows: object[] = [];
    const scoreRows: object[] = [];
    const sectionRows: object[] = [];
    for (let i = from; i < Math.min(ENTITIES, from + SEED_CHUNK); i++) {
      const ref = `component:default/${entityName(i)}`;
      // Entities answer between 20 and all 56 questions, with a spread of statuses; libraries
      // only the questions asked of them, but one in a hundred also the others, as if from
      // before the checklist's targets (kept, not scored, left out of the review).
      const type = benchEntityType(i);
      const asked = applicableChecklist(defaultChecklist, {
        kind: 'Component',
        spec: { type },
      });
      const askedIds = new Set(
        asked.sections.flatMap(s => s.questions.map(q => q.id)),
      );
      const answered = questions
        .slice(0, 20 + (i % 37))
        .filter(q => askedIds.has(q.id) || i % 1000 === 5);
      const answers = answered.map((q, j) => ({
        questionId: q.id,
        status: ANSWER_STATUSES[(i * 7 + j * 3 + (i % 5) * j) % 4],
        reviewedAt: (i + j) % 10 === 0 ? old : now,
      }));
      for (const a of answers) {
        answerRows.push({
          entity_ref: ref,
          question_id: a.questionId,
          status: a.status,
          note: a.status === 'na' ? 'Not applicable here' : null,
          links: '[]',
          version: 1,
          answered_by: 'user:default/bench',
          answered_at: a.reviewedAt,
          reviewed_at: a.reviewedAt,
        });
      }
      const result = scoreReadiness(asked, answers, {
        levels: DEFAULT_LEVELS,
        reviewIntervalDays: 180,
        now: new Date(nowMs),
      });
      const system = i % SYSTEMS;
      scoreRows.push({
        entity_ref: ref,
        kind: 'component',
        namespace: 'default',
        name: entityName(i),
        entity_type: type,
        orphaned: answers.filter(a => !askedIds.has(a.questionId)).length,
        owner: `group:default/${TEAMS[i % TEAMS.length]}`,
        system: `system:default/system-${system}`,
        domain: `domain:default/domain-${system % DOMAINS}`,
        lifecycle: LIFECYCLES[i % LIFECYCLES.length],
        checklist_id: defaultChecklist.id,
        checklist_hash: hash,
        score: result.score,
        level: result.level?.id ?? null,
        level_rank: DEFAULT_LEVELS.findIndex(l => l.id === result.level?.id),
        earned: result.earned,
        possible: result.possible,
        questions: result.questions,
        answered: result.answered,
        automatic: 0,
        assessment: result.answered > 0 ? 'assessed' : 'not-started',
        stale: result.stale,
        not_applicable: result.notApplicable,
        next_stale_at: result.nextStaleAt,
        updated_at: now,
        scored_at: now,
        seen_at: now,
      });
      for (const section of result.sections) {
        sectionRows.push({
          entity_ref: ref,
          section_id: section.id,
          score: section.score,
          earned: section.earned,
          possible: section.possible,
        });
      }
    }
    answerCount += answerRows.length;
    await insertAll(
      knex,
      'readiness_answers',
      answerRows,
      ANSWER_ROWS_PER_INSERT,
    );
    await insertAll(knex, 'readiness_scores', scoreRows, SCORE_ROWS_PER_INSERT);
    await insertAll(
      knex,
      'readiness_section_scores',
      sectionRows,
      SECTION_ROWS_PER_INSERT,
    );
  }
  const review = new DatabaseReviewStore(knex);
  for (let d = SNAPSHOT_DAYS; d >= 1; d--) {
    const day = new Date(nowMs - d * 24 * 60 * 60 * 1000)
      .toISOString()
      .slice(0, 10);
    // Scores rose over the month: d days ago they were d/3 points lower.
    await knex.raw(
      `INSERT INTO readiness_snapshots (day, entity_ref, kind, entity_type, owner, system,
         domain, lifecycle, checklist_id, score, level, answered, questions, stale)
       SELECT ?, entity_ref, kind, entity_type, owner, system, domain, lifecycle, checklist_id,
         CASE WHEN score IS NULL THEN NULL WHEN score < ? THEN 0 ELSE score - ? END,
         level, answered, questions, stale
       FROM readiness_scores`,
      [day, d / 3, d / 3],
    );
    await review.summariseSnapshot(day);
  }
  // As autovacuum does after a bulk load: statistics for the planner, and the visibility map
  // that lets it answer counts from an index alone.
  if (knex.client.config.client === 'pg') {
    await knex.raw('VACUUM ANALYZE');
  }
  return answerCount;
}

/** A seeded database served over HTTP, with a count of the requests it received. */
export type BenchBackend = {
  base: string;
  answers: number;
  seedMs: number;
  requests: () => number;
  /** The campaign service on the seeded stores, with a clock to take past days' snapshots. */
  campaignsAt: (now: Date) => CampaignService;
};

/** A quarter of the entities are websites, a tenth libraries, the rest services. */
function benchEntityType(i: number) {
  if (i % 4 === 0) {
    return 'website';
  }
  return i % 10 === 5 ? 'library' : 'service';
}

async function startOn(knex: Knex): Promise<BenchBackend & { close(): void }> {
  const database = await createReadinessDatabase({
    database: mockServices.database({ knex, migrations: { skip: false } }),
  });
  const entities = Array.from({ length: ENTITIES }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: entityName(i), namespace: 'default' },
    spec: {
      type: benchEntityType(i),
      owner: TEAMS[i % TEAMS.length],
      lifecycle: 'production',
    },
  }));
  const config = new ConfigReader({ backend: { baseUrl: 'http://localhost' } });
  const settings = readReadinessConfig(config);
  const catalog = benchCatalog(entities);
  const catalogReader = new CatalogReader({
    catalog,
    auth: mockServices.auth(),
  });
  // The bench user may read the whole catalog, as most users of a portal can.
  const visibility = new CatalogVisibility({
    permissions: mockServices.permissions(),
    catalog,
    reader: catalogReader,
  });
  const service = new AuthorizedReadinessService({
    domain: createReadinessDomain({
      database,
      config: settings,
      domains: new SystemDomainCache({ catalog: catalogReader }),
      broadcaster: new ScoreChangeBroadcaster(silentLogger),
    }),
    catalog: catalogReader,
    authorizer: allowEverything,
    visibility,
  });
  const review = new AuthorizedReviewService({
    inner: new ReviewService({
      store: database.review,
      config: settings,
    }),
    catalog: catalogReader,
    subjects: database.subjects,
    authorizer: allowEverything,
    visibility,
    kinds: ['Component'],
  });

  const campaignsAt = (now: Date) =>
    new CampaignService({
      store: database.campaigns,
      review: database.review,
      config: settings,
      clock: () => now,
    });
  const campaignService = campaignsAt(new Date());
  const campaigns = new AuthorizedCampaignService({
    inner: campaignService,
    catalog: catalogReader,
    authorizer: allowEverything,
    visibility,
    kinds: ['Component'],
  });

  const seedStart = performance.now();
  const answers = await seed(knex);
  const seedMs = performance.now() - seedStart;

  let requests = 0;
  const app = express();
  app.use((_req, _res, next) => {
    requests += 1;
    next();
  });
  app.use(
    await createRouter({
      service,
      review,
      campaigns,
      httpAuth: mockServices.httpAuth({
        defaultCredentials: mockCredentials.user('user:default/bench'),
      }),
      // Benchmarks measure the store and HTTP, not audit logging.
      auditor: {
        createEvent: async () => ({
          success: async () => {},
          fail: async () => {},
        }),
      },
      logger: silentLogger,
    }),
  );
  app.use(MiddlewareFactory.create({ config, logger: silentLogger }).error());
  const server = app.listen(0);
  // Benches pause between phases (seeding snapshots, say) for longer than Node's 5 s default;
  // fetch would then reuse a connection the server is closing (ECONNRESET).
  server.keepAliveTimeout = 10 * 60_000;
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answers,
    seedMs,
    requests: () => requests,
    campaignsAt,
    close: () => server.close(),
  };
}

/**
 * Runs `fn` on a fresh SQLite database and on a scratch PostgreSQL database (created and dropped
 * here), then prints one table row per database.
 */
export async function forEachBenchDatabase(
  fn: (knex: Knex) => Promise<Record<string, string | number>>,
) {
  const results: Record<string, string | number>[] = [];
  // `yarn bench --entities N` above 10,000 runs on PostgreSQL only.
  if (process.env.BENCH_DATABASES !== 'postgres') {
    const sqlite = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: ':memory:' },
      useNullAsDefault: true,
    });
    try {
      results.push({ database: 'SQLite (in memory)', ...(await fn(sqlite)) });
    } finally {
      await sqlite.destroy();
    }
  }

  const url =
    process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
    'postgresql://postgres@127.0.0.1:5432';
  const dbName = `readiness_bench_${Date.now()}`;
  const admin = knexFactory({ client: 'pg', connection: url });
  try {
    await admin.raw(`CREATE DATABASE ${dbName}`);
  } catch (error) {
    await admin.destroy();
    if (process.env.BENCH_DATABASES === 'postgres') {
      throw new Error(`PostgreSQL at ${url} unavailable: ${error}`);
    }
    console.error(`PostgreSQL at ${url} unavailable, skipping it: ${error}`);
    printResults(results);
    return;
  }
  const benchUrl = new URL(url);
  benchUrl.pathname = `/${dbName}`;
  const pg = knexFactory({ client: 'pg', connection: benchUrl.toString() });
  try {
    results.push({ database: 'PostgreSQL', ...(await fn(pg)) });
  } finally {
    await pg.destroy();
    // BENCH_KEEP_DATABASE=1 keeps the seeded database, to EXPLAIN its queries afterwards.
    if (process.env.BENCH_KEEP_DATABASE) {
      console.log(`Kept the PostgreSQL database ${dbName}`);
    } else {
      await admin.raw(`DROP DATABASE ${dbName}`);
    }
    await admin.destroy();
  }
  printResults(results);
}

/** One row per database; with many figures, one row per figure and a column per database. */
function printResults(results: Record<string, string | number>[]) {
  const figures = Object.keys(results[0] ?? {}).filter(k => k !== 'database');
  if (figures.length <= 8) {
    console.table(results);
    return;
  }
  console.table(
    Object.fromEntries(
      figures.map(figure => [
        figure,
        Object.fromEntries(results.map(r => [r.database, r[figure]])),
      ]),
    ),
  );
}

/**
 * Runs a benchmark against the seeded backend, on SQLite and on PostgreSQL, and prints one
 * table row per database.
 */
export async function runOnBothDatabases(
  bench: (backend: BenchBackend) => Promise<Record<string, string | number>>,
) {
  await forEachBenchDatabase(async knex => {
    const backend = await startOn(knex);
    try {
      return await bench(backend);
    } finally {
      backend.close();
    }
  });
}

/** Runs a benchmark's main function and exits non-zero with a short message on failure. */
export function runBench(main: () => Promise<void>) {
  main().catch(error => {
    console.error(String(error?.message ?? error).slice(0, 2000));
    process.exit(1);
  });
}
