/*
 * `yarn bench [--entities N]`: runs every bench at N entities (10,000 by default) on SQLite and
 * PostgreSQL. Above 10,000, only PostgreSQL, and only the benches that are about size: the
 * scale bench (scores, report, trends, writes, syncs) and the reconcile.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const at = process.argv.indexOf('--entities');
const entities = at >= 0 ? Number(process.argv[at + 1]) : 10_000;
if (!Number.isInteger(entities) || entities < 1) {
  console.error(
    `--entities must be a positive whole number, got ${process.argv[at + 1]}`,
  );
  process.exit(2);
}
const large = entities > 10_000;
const benches = large
  ? ['scale', 'reconcile']
  : [
      'bulkScores',
      'catalogFilter',
      'review',
      'campaigns',
      'scale',
      'reconcile',
    ];

for (const bench of benches) {
  console.log(`\n== ${bench} at ${entities.toLocaleString('en-US')} entities`);
  const { status } = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=8192',
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      resolve(__dirname, `${bench}.bench.ts`),
    ],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        BENCH_ENTITIES: String(entities),
        ...(large ? { BENCH_DATABASES: 'postgres' } : {}),
      },
    },
  );
  if (status !== 0) {
    process.exit(status ?? 1);
  }
}
