/*
 * Benchmark: seeds 10,000 entities x the default checklist into SQLite and PostgreSQL, serves
 * the real router over HTTP and times (1) the bulk scores endpoint returning all 10,000 scores
 * and (2) single answer writes. Prints a table. Not a test: run it with `yarn bench`.
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

const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 10_000);
const READS = 30;
const WRITES = 50;
const questions = defaultChecklist.sections.flatMap(s => s.questions);
const TEAMS = ['payments', 'platform', 'search', 'identity', 'data', 'mobile'];

const silentLogger: LoggerService = {
  error() {},
  warn() {},
  info() {},
  debug() {},
  child: () => silentLogger,
};

const entityName = (i: number) => `service-${String(i).padStart(5, '0')}`;

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

/** Bulk-inserts answers and their scores; one transaction per entity would take minutes. */
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

async function runOn(label: string, knex: Knex) {
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
  const logger = silentLogger;
  const service = new ReadinessService({
    store,
    catalog: catalogServiceMock({ entities }),
    config: readReadinessConfig(config),
  });

  const seedStart = performance.now();
  const rows = await seed(knex);
  const seedMs = performance.now() - seedStart;

  const app = express();
  app.use(
    await createRouter({
      service,
      httpAuth: mockServices.httpAuth({
        defaultCredentials: mockCredentials.user('user:default/bench'),
      }),
    }),
  );
  app.use(MiddlewareFactory.create({ config, logger }).error());
  const server = app.listen(0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const reads: number[] = [];
  let returned = 0;
  for (let i = 0; i < READS + 3; i++) {
    const start = performance.now();
    const res = await fetch(`${base}/scores?limit=20000`);
    const body = (await res.json()) as { items: unknown[] };
    const ms = performance.now() - start;
    if (!res.ok) throw new Error(`scores: ${res.status}`);
    returned = body.items.length;
    if (i >= 3) reads.push(ms); // the first requests warm up caches and JIT
  }

  const writes: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const name = entityName((i * 197) % ENTITIES);
    const start = performance.now();
    const res = await fetch(
      `${base}/entities/component/default/${name}/answers/${
        questions[i % questions.length].id
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
    writes.push(performance.now() - start);
    if (!res.ok) throw new Error(`write: ${res.status}`);
  }
  server.close();

  return {
    database: label,
    entities: ENTITIES,
    answers: rows,
    'seed (s)': (seedMs / 1000).toFixed(1),
    'scores returned': returned,
    'bulk p50 (ms)': percentile(reads, 50).toFixed(1),
    'bulk p99 (ms)': percentile(reads, 99).toFixed(1),
    'write p50 (ms)': percentile(writes, 50).toFixed(1),
    'write p99 (ms)': percentile(writes, 99).toFixed(1),
  };
}

async function main() {
  const results = [];

  const sqlite = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: ':memory:' },
    useNullAsDefault: true,
  });
  results.push(await runOn('SQLite (better-sqlite3, in memory)', sqlite));
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
    results.push(await runOn('PostgreSQL', pg));
  } finally {
    await pg.destroy();
    await admin.raw(`DROP DATABASE ${dbName}`);
    await admin.destroy();
  }
  console.table(results);
}

main().catch(error => {
  console.error(String(error?.message ?? error).slice(0, 2000));
  process.exit(1);
});
