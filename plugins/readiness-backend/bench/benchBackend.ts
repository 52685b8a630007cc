/*
 * Shared set-up of the benchmarks: seeds ENTITIES entities x the default checklist straight into
 * the tables (one transaction per entity would take minutes), serves the real router over HTTP
 * and runs a benchmark on SQLite (in memory) and PostgreSQL.
 *
 * PostgreSQL: BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING, else 127.0.0.1:5432 as
 * postgres. A scratch database is created and dropped.
 */
import { LoggerService } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  ANSWER_STATUSES,
  DEFAULT_LEVELS,
  defaultChecklist,
  scoreReadiness,
} from '@readiness/plugin-readiness-common';
import express from 'express';
import knexFactory, { Knex } from 'knex';
import { AddressInfo } from 'net';
import { readReadinessConfig } from '../src/config/readReadinessConfig';
import { DatabaseReadinessStore } from '../src/database/DatabaseReadinessStore';
import {
  ReadinessService,
  checklistHash,
} from '../src/service/ReadinessService';
import { createRouter } from '../src/service/router';

export const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 10_000);
export const questions = defaultChecklist.sections.flatMap(s => s.questions);
export const TEAMS = [
  'payments',
  'platform',
  'search',
  'identity',
  'data',
  'mobile',
];

const silentLogger: LoggerService = {
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

/** Bulk-inserts answers and their scores; returns the number of answers. */
async function seed(knex: Knex) {
  const now = new Date().toISOString();
  const hash = checklistHash(defaultChecklist, DEFAULT_LEVELS);
  const answerRows: object[] = [];
  const scoreRows: object[] = [];
  for (let i = 0; i < ENTITIES; i++) {
    const ref = `component:default/${entityName(i)}`;
    const answers = questions.map((q, j) => ({
      questionId: q.id,
      status: ANSWER_STATUSES[(i * 7 + j * 3) % 4],
      reviewedAt: now,
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
        answered_at: now,
        reviewed_at: now,
      });
    }
    const result = scoreReadiness(defaultChecklist, answers, {
      levels: DEFAULT_LEVELS,
      reviewIntervalDays: 180,
      now: new Date(),
    });
    scoreRows.push({
      entity_ref: ref,
      kind: 'component',
      namespace: 'default',
      name: entityName(i),
      entity_type: 'service',
      owner: `group:default/${TEAMS[i % TEAMS.length]}`,
      system: null,
      lifecycle: 'production',
      checklist_id: defaultChecklist.id,
      checklist_hash: hash,
      score: result.score,
      level: result.level?.id ?? null,
      level_rank: DEFAULT_LEVELS.findIndex(l => l.id === result.level?.id),
      earned: result.earned,
      possible: result.possible,
      questions: result.questions,
      answered: result.answered,
      stale: result.stale,
      not_applicable: result.notApplicable,
      next_stale_at: result.nextStaleAt,
      updated_at: now,
      scored_at: now,
    });
  }
  await knex.batchInsert('readiness_answers', answerRows, 100);
  await knex.batchInsert('readiness_scores', scoreRows, 40);
  return answerRows.length;
}

/** A seeded database served over HTTP, with a count of the requests it received. */
export type BenchBackend = {
  base: string;
  answers: number;
  seedMs: number;
  requests: () => number;
};

async function startOn(knex: Knex): Promise<BenchBackend & { close(): void }> {
  const store = await DatabaseReadinessStore.create({
    database: mockServices.database({ knex, migrations: { skip: false } }),
  });
  const entities = Array.from({ length: ENTITIES }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: entityName(i), namespace: 'default' },
    spec: {
      type: 'service',
      owner: TEAMS[i % TEAMS.length],
      lifecycle: 'production',
    },
  }));
  const config = new ConfigReader({ backend: { baseUrl: 'http://localhost' } });
  const service = new ReadinessService({
    store,
    catalog: catalogServiceMock({ entities }),
    config: readReadinessConfig(config),
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
      httpAuth: mockServices.httpAuth({
        defaultCredentials: mockCredentials.user('user:default/bench'),
      }),
    }),
  );
  app.use(MiddlewareFactory.create({ config, logger: silentLogger }).error());
  const server = app.listen(0);
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answers,
    seedMs,
    requests: () => requests,
    close: () => server.close(),
  };
}

/**
 * Runs a benchmark on a fresh SQLite database and on a scratch PostgreSQL database, then prints
 * one table row per database.
 */
export async function runOnBothDatabases(
  bench: (backend: BenchBackend) => Promise<Record<string, string | number>>,
) {
  const results: Record<string, string | number>[] = [];
  const runOn = async (label: string, knex: Knex) => {
    const backend = await startOn(knex);
    try {
      results.push({ database: label, ...(await bench(backend)) });
    } finally {
      backend.close();
    }
  };

  const sqlite = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: ':memory:' },
    useNullAsDefault: true,
  });
  await runOn('SQLite (in memory)', sqlite);
  await sqlite.destroy();

  const url =
    process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
    'postgresql://postgres@127.0.0.1:5432';
  const dbName = `readiness_bench_${Date.now()}`;
  const admin = knexFactory({ client: 'pg', connection: url });
  try {
    await admin.raw(`CREATE DATABASE ${dbName}`);
  } catch (error) {
    console.error(`PostgreSQL at ${url} unavailable, skipping it: ${error}`);
    await admin.destroy();
    console.table(results);
    return;
  }
  const benchUrl = new URL(url);
  benchUrl.pathname = `/${dbName}`;
  const pg = knexFactory({ client: 'pg', connection: benchUrl.toString() });
  try {
    await runOn('PostgreSQL', pg);
  } finally {
    await pg.destroy();
    await admin.raw(`DROP DATABASE ${dbName}`);
    await admin.destroy();
  }
  console.table(results);
}

/** Runs a benchmark's main function and exits non-zero with a short message on failure. */
export function runBench(main: () => Promise<void>) {
  main().catch(error => {
    console.error(String(error?.message ?? error).slice(0, 2000));
    process.exit(1);
  });
}
