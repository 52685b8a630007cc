/*
 * The scale bench: ENTITIES entities (`yarn bench --entities 100000` for 100,000, PostgreSQL
 * only) with 20 to 56 answers each and SNAPSHOT_DAYS days of snapshots, served by the real
 * router over HTTP. Prints p50/p99 of: the whole walk of every score a page of 1,000 at a time
 * (and of its pages), one page of 20 filtered by level, the report by owner, the trends by owner,
 * one answer write, and the catalog module's full and delta syncs. Not a test: it prints figures.
 */
import {
  ENTITIES,
  SNAPSHOT_DAYS,
  percentile,
  runBench,
  runOnBothDatabases,
  timeRuns,
  writeSeededAnswer,
} from './benchBackend';

const SYNC_FIELDS = ['level', 'score', 'assessment']
  .map(f => `fields=${f}`)
  .join('&');

async function getJson(url: string) {
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) {
    throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
  }
  return body;
}

/** Reads every score, following nextCursor; returns the count and each page's duration. */
async function walk(first: string) {
  const pages: number[] = [];
  let count = 0;
  let cursor: string | undefined;
  do {
    const started = performance.now();
    const page = await getJson(
      cursor ? `${first}&cursor=${encodeURIComponent(cursor)}` : first,
    );
    pages.push(performance.now() - started);
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return { count, pages };
}

const ms = (values: number[], p: number) => percentile(values, p).toFixed(1);

runBench(() =>
  runOnBothDatabases(async ({ base, answers, seedMs }) => {
    const row: Record<string, string | number> = {
      entities: ENTITIES,
      answers,
      'seed (s)': (seedMs / 1000).toFixed(0),
    };

    let walked = 0;
    const pageTimes: number[] = [];
    const walks = await timeRuns(
      5,
      async () => {
        const { count, pages } = await walk(`${base}/scores?limit=1000`);
        walked = count;
        pageTimes.push(...pages);
      },
      1,
    );
    if (walked !== ENTITIES) {
      throw new Error(`the walk read ${walked} of ${ENTITIES} scores`);
    }
    row['walk, 1,000 a page p50 (ms)'] = ms(walks, 50);
    row['walk p99 (ms)'] = ms(walks, 99);
    row['page of 1,000 p50 (ms)'] = ms(pageTimes, 50);
    row['page of 1,000 p99 (ms)'] = ms(pageTimes, 99);

    let level = 0;
    const levelPages = await timeRuns(50, async () => {
      // Each level in turn, so no one plan or cache is favoured.
      const id = ['gold', 'silver', 'bronze', 'none'][level++ % 4];
      await getJson(`${base}/scores?level=${id}&limit=20`);
    });
    row['20 by level p50 (ms)'] = ms(levelPages, 50);
    row['20 by level p99 (ms)'] = ms(levelPages, 99);

    const report = await timeRuns(20, () =>
      getJson(`${base}/report?groupBy=owner`),
    );
    row['report by owner p50 (ms)'] = ms(report, 50);
    row['report p99 (ms)'] = ms(report, 99);

    const trends = await timeRuns(20, () =>
      getJson(`${base}/report/trends?groupBy=owner&days=${SNAPSHOT_DAYS + 1}`),
    );
    row['trends p50 (ms)'] = ms(trends, 50);
    row['trends p99 (ms)'] = ms(trends, 99);

    const since = new Date(Date.now() - 1000).toISOString();
    let i = 0;
    const writes = await timeRuns(
      100,
      async () => {
        await writeSeededAnswer(base, (i * 997) % ENTITIES, i);
        i += 1;
      },
      0,
    );
    row['write p50 (ms)'] = ms(writes, 50);
    row['write p99 (ms)'] = ms(writes, 99);

    const fullSync = await timeRuns(
      5,
      () => walk(`${base}/scores?limit=20000&${SYNC_FIELDS}`),
      1,
    );
    row['module full sync p50 (ms)'] = ms(fullSync, 50);
    row['full sync p99 (ms)'] = ms(fullSync, 99);
    let changed = 0;
    const deltaSync = await timeRuns(20, async () => {
      const { count } = await walk(
        `${base}/scores?limit=20000&${SYNC_FIELDS}&scoredSince=${encodeURIComponent(
          since,
        )}`,
      );
      changed = count;
    });
    row['delta sync p50 (ms)'] = ms(deltaSync, 50);
    row['delta sync p99 (ms)'] = ms(deltaSync, 99);
    row['delta rows'] = changed;
    return row;
  }),
);
