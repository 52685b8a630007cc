/*
 * Benchmark: what applying the catalog's readiness filter costs the Readiness backend with
 * 10,000 entities, on SQLite and PostgreSQL.
 *
 * - Without the catalog module, the picker loads every score in one request
 *   (POST /scores/query, limit 20,000) and filters in the browser; we time that request and the
 *   in-browser filtering of 10,000 entities, and count the requests.
 * - With the catalog module, the filter is a catalog query on labels: the Readiness backend
 *   gets no request at all when a filter is applied. What it does get is the module's sync: one
 *   full read at start, then reads of recently changed scores, at most one per second. We time
 *   both after 20 answer writes.
 *
 * Not a test: run it with `yarn bench`.
 */
import {
  FilterableReadiness,
  matchesReadinessFilter,
  parseReadinessFilter,
  AssessmentState,
} from '@readiness/plugin-readiness-common';
import {
  ENTITIES,
  entityName,
  percentile,
  runBench,
  runOnBothDatabases,
  timeRuns,
  writeSeededAnswer,
} from './benchBackend';

type Score = {
  entityRef: string;
  level: string | null;
  score: number | null;
  answered: number;
  assessment: AssessmentState;
};

const FILTER = parseReadinessFilter(['level:gold', 'level:none', 'score:0-50']);

runBench(() =>
  runOnBothDatabases(async ({ base, requests }) => {
    // Without the catalog module: one request for every score, then a predicate per entity.
    let scores: Score[] = [];
    const before = requests();
    const load = await timeRuns(20, async () => {
      const res = await fetch(`${base}/scores/query`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ limit: 20000 }),
      });
      if (!res.ok) throw new Error(`scores: ${res.status}`);
      scores = ((await res.json()) as { items: Score[] }).items;
    });
    const requestsPerApply = (requests() - before) / 23;

    const byRef = new Map(scores.map(s => [s.entityRef, s]));
    const entityRefs = Array.from(
      { length: ENTITIES },
      (_, i) => `component:default/${entityName(i)}`,
    );
    let matched = 0;
    const filtering = await timeRuns(20, async () => {
      matched = entityRefs.filter(ref => {
        const stored = byRef.get(ref);
        const readiness: FilterableReadiness = stored
          ? {
              assessment: stored.assessment,
              level: stored.level ?? 'none',
              score: stored.score,
            }
          : { assessment: 'not-started', level: 'none', score: null };
        return matchesReadinessFilter(FILTER, readiness);
      }).length;
    });

    // With the catalog module the filter is a catalog query on labels (no request to us); what
    // we serve is the module's sync.
    const fullSync = await timeRuns(10, async () => {
      const res = await fetch(`${base}/scores?limit=20000`);
      await res.json();
    });
    const since = new Date(Date.now() - 1000).toISOString();
    for (let i = 0; i < 20; i++) {
      await writeSeededAnswer(base, i * 311, i);
    }
    let changed = 0;
    const deltaSync = await timeRuns(20, async () => {
      const res = await fetch(
        `${base}/scores?limit=20000&scoredSince=${encodeURIComponent(since)}`,
      );
      changed = ((await res.json()) as { items: unknown[] }).items.length;
    });

    return {
      entities: ENTITIES,
      'no module: requests per apply': requestsPerApply,
      'load all p50 (ms)': percentile(load, 50).toFixed(1),
      'load all p99 (ms)': percentile(load, 99).toFixed(1),
      'filter 10k p50 (ms)': percentile(filtering, 50).toFixed(2),
      matched,
      'full sync p50 (ms)': percentile(fullSync, 50).toFixed(1),
      'delta sync p50 (ms)': percentile(deltaSync, 50).toFixed(1),
      'delta rows': changed,
    };
  }),
);
