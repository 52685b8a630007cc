/*
 * Benchmark: the org-wide review with 10,000 entities (about 380,000 answers, 40 teams, 200
 * systems, 30 days of snapshots), on SQLite and PostgreSQL. Times GET /report (totals, groups,
 * section heat map and per-question counts in one response) grouped by owner, with and without
 * filters, and GET /report/trends by owner (unfiltered: from the per-day group figures;
 * filtered by lifecycle: from the per-entity snapshots). Target: under 300 ms. Not a test: run it with `yarn bench`.
 */
import {
  ENTITIES,
  SNAPSHOT_DAYS,
  percentile,
  runBench,
  runOnBothDatabases,
  timeGet as timeGetRuns,
} from './benchBackend';

const RUNS = 20;

const timeGet = (url: string) => timeGetRuns(url, RUNS);

const p = (durations: number[], q: number) =>
  percentile(durations, q).toFixed(1);

runBench(() =>
  runOnBothDatabases(async ({ base, answers }) => {
    const byOwner = await timeGet(`${base}/report?groupBy=owner`);
    const filtered = await timeGet(
      `${base}/report?groupBy=system&owner=${encodeURIComponent(
        'group:default/team-07',
      )}&lifecycle=production`,
    );
    const trends = await timeGet(
      `${base}/report/trends?groupBy=owner&days=${SNAPSHOT_DAYS + 1}`,
    );
    const filteredTrends = await timeGet(
      `${base}/report/trends?groupBy=owner&days=${
        SNAPSHOT_DAYS + 1
      }&lifecycle=production`,
    );
    return {
      entities: ENTITIES,
      answers,
      'report p50 (ms)': p(byOwner.durations, 50),
      'report p99 (ms)': p(byOwner.durations, 99),
      groups: byOwner.body.groups.length,
      'filtered p50 (ms)': p(filtered.durations, 50),
      'filtered entities': filtered.body.totals.entities,
      'trends p50 (ms)': p(trends.durations, 50),
      'trends p99 (ms)': p(trends.durations, 99),
      'trend points': trends.body.points.length,
      'filtered trends p50 (ms)': p(filteredTrends.durations, 50),
    };
  }),
);
