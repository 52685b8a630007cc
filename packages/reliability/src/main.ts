import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { BackendProcess } from './backendProcess';
import { CheckResult, printTable } from './checkResult';
import { databaseOutage } from './databaseOutage';
import { freePort } from './freePort';
import { killDuringWrites } from './killDuringWrites';
import { twoReplicas } from './twoReplicas';

/**
 * Runs the process-level fault checks and prints their table. PostgreSQL is the cluster that
 * scripts/reliability.sh creates on its own port (RELIABILITY_PG_PORT), never the main one.
 */
async function main() {
  const pgPort = Number(process.env.RELIABILITY_PG_PORT);
  const clusterName = process.env.RELIABILITY_PG_CLUSTER;
  if (!pgPort || !clusterName) {
    throw new Error(
      'RELIABILITY_PG_PORT is not set; run scripts/reliability.sh',
    );
  }
  const workDir = mkdtempSync(resolve(tmpdir(), 'readiness-reliability-'));
  // A bounded wait for a connection: when the database is away, requests fail with 503 in
  // seconds instead of queueing for knex's default minute.
  const postgres = (prefix: string) => ({
    client: 'pg',
    connection: { host: '127.0.0.1', port: pgPort, user: 'postgres' },
    prefix,
    knexConfig: { acquireConnectionTimeout: 5000 },
  });
  const results: CheckResult[] = [];
  results.push(
    await killDuringWrites({
      label: 'SQLite file',
      port: await freePort(),
      workDir,
      database: {
        client: 'better-sqlite3',
        connection: { directory: resolve(workDir, 'sqlite') },
      },
    }),
  );
  results.push(
    await killDuringWrites({
      label: 'PostgreSQL',
      port: await freePort(),
      workDir,
      database: postgres('kill_'),
    }),
  );
  const replicas: [BackendProcess, BackendProcess] = [
    new BackendProcess('replica-a', await freePort(), {
      workDir,
      database: postgres('replicas_'),
      readiness: { snapshots: { frequencyMinutes: 1 } },
    }),
    new BackendProcess('replica-b', await freePort(), {
      workDir,
      database: postgres('replicas_'),
      readiness: { snapshots: { frequencyMinutes: 1 } },
    }),
  ];
  try {
    await replicas[0].start();
    await replicas[1].start();
    results.push(...(await twoReplicas(replicas)));
    results.push(await databaseOutage(replicas, clusterName));
  } finally {
    await Promise.all(replicas.map(r => r.stop()));
  }
  printTable(results);
  if (results.some(r => !r.passed)) {
    console.log(`\nLogs: ${workDir}`);
    process.exitCode = 1;
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
