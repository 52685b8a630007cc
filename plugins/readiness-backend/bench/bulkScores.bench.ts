/*
 * Benchmark: with 10,000 entities x the default checklist, times (1) the bulk scores endpoint
 * returning all 10,000 scores and (2) single answer writes, over real HTTP, on SQLite and
 * PostgreSQL. Not a test: run it with `yarn bench`.
 */
import {
  ENTITIES,
  percentile,
  runBench,
  runOnBothDatabases,
  timeRuns,
  writeSeededAnswer,
} from './benchBackend';

const READS = 30;
const WRITES = Number(process.env.BENCH_WRITES ?? 50);

runBench(() =>
  runOnBothDatabases(async ({ base, answers, seedMs }) => {
    let returned = 0;
    const reads = await timeRuns(READS, async () => {
      const res = await fetch(`${base}/scores?limit=20000`);
      if (!res.ok) throw new Error(`scores: ${res.status}`);
      returned = ((await res.json()) as { items: unknown[] }).items.length;
    });

    let i = 0;
    const writes = await timeRuns(
      WRITES,
      async () => {
        await writeSeededAnswer(base, (i * 197) % ENTITIES, i);
        i += 1;
      },
      0,
    );

    return {
      entities: ENTITIES,
      answers,
      'seed (s)': (seedMs / 1000).toFixed(1),
      'scores returned': returned,
      'bulk p50 (ms)': percentile(reads, 50).toFixed(1),
      'bulk p99 (ms)': percentile(reads, 99).toFixed(1),
      'write p50 (ms)': percentile(writes, 50).toFixed(1),
      'write p99 (ms)': percentile(writes, 99).toFixed(1),
    };
  }),
);
