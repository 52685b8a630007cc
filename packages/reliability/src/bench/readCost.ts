import { compactBytes } from './fullyAnswered';
import { processCpuMs } from './processCpu';

/** One kind of read of one entity, measured against the backend's own CPU time. */
export type ReadCostRow = {
  token: string;
  request: string;
  'p50 (ms)': string;
  'p99 (ms)': string;
  'backend CPU / request (ms)': string;
  'body (KB, as production sends it)': string;
  '304s': number;
};

const BLOCK = 100;
const ROUNDS = 2;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
};

/**
 * What one entity's readiness costs beside the catalog's own read of the entity and the floor
 * (a route that does only what every readiness read must: read the entity from the catalog
 * with the caller's credentials): latency, the backend's CPU per request and the body's size,
 * and each form made conditional with the version its last read got. The
 * reads alternate in blocks of a hundred, so load from elsewhere falls on each; the CPU figure
 * is the backend process's CPU time over a block.
 */
export async function readCost(options: {
  base: string;
  pid: number;
  token: { label: string; value: string };
  entityName: (i: number) => string;
  entities: number;
}): Promise<ReadCostRow[]> {
  const { base, pid, token } = options;
  // Each entity's version per form as its last full read saw it, for the conditional reads.
  const versions = new Map<string, string>();
  const entity = (name: string) =>
    `/api/readiness/entities/component/default/${name}`;
  const full = entity;
  // What the client sends on a page's first read: the compact form (it holds the checklist).
  const reference = (name: string) => `${entity(name)}?checklist=reference`;
  // Its later reads on the page: the access it got first is reused.
  const later = (name: string) => `${reference(name)}&access=omit`;
  const none = (_name: string): Record<string, string> => ({});
  const ifNoneMatch =
    (path: (name: string) => string) =>
    (name: string): Record<string, string> => ({
      'If-None-Match': versions.get(path(name)) ?? '',
    });
  const reads = [
    {
      request: 'Readiness GET /entities/…, checklist copied',
      path: full,
      headers: none,
    },
    {
      request: 'Readiness ?checklist=reference (first read of a page)',
      path: reference,
      headers: none,
    },
    {
      request: 'Readiness, the same with If-None-Match (304)',
      path: reference,
      headers: ifNoneMatch(reference),
    },
    {
      request: 'Readiness &access=omit (later reads of the page)',
      path: later,
      headers: none,
    },
    {
      request: 'Readiness, the same with If-None-Match (304)',
      path: later,
      headers: ifNoneMatch(later),
    },
    {
      request: 'floor: a route that only reads the entity from the catalog',
      path: (name: string) =>
        `/api/read-floor/entities/component/default/${name}`,
      headers: none,
    },
    {
      request: 'catalog GET /entities/by-name/… (its own read)',
      path: (name: string) =>
        `/api/catalog/entities/by-name/component/default/${name}`,
      headers: none,
    },
  ].map(read => ({
    ...read,
    ms: [] as number[],
    cpuMs: 0,
    bytes: 0,
    notModified: 0,
    unsupported: false,
  }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const read of reads.filter(r => !r.unsupported)) {
      const cpuBefore = processCpuMs(pid);
      for (let i = 0; i < BLOCK; i++) {
        // Every kind of read visits the same entities in the same order.
        const name = options.entityName(
          ((round * BLOCK + i) * 37) % options.entities,
        );
        const started = performance.now();
        const res = await fetch(`${base}${read.path(name)}`, {
          headers: {
            Authorization: `Bearer ${token.value}`,
            ...read.headers(name),
          },
        });
        const body = await res.text();
        read.ms.push(performance.now() - started);
        // An older build (--before) has no versions (its conditional reads are full reads) and
        // may refuse the newer forms or lack the floor route: that read is left out.
        if ((res.status === 400 || res.status === 404) && read.path !== full) {
          read.unsupported = true;
          break;
        }
        if (!res.ok && res.status !== 304) {
          throw new Error(
            `${read.request}: ${res.status} ${body.slice(0, 200)}`,
          );
        }
        const version = res.headers.get('etag');
        if (res.status === 304) {
          read.notModified += 1;
        } else if (version) {
          versions.set(read.path(name), version);
        }
        read.bytes = compactBytes(body);
      }
      read.cpuMs += processCpuMs(pid) - cpuBefore;
    }
  }
  return reads
    .filter(read => !read.unsupported)
    .map(read => ({
      token: token.label,
      request: read.request,
      'p50 (ms)': percentile(read.ms, 50).toFixed(1),
      'p99 (ms)': percentile(read.ms, 99).toFixed(1),
      'backend CPU / request (ms)': (read.cpuMs / read.ms.length).toFixed(1),
      'body (KB, as production sends it)': (read.bytes / 1024).toFixed(1),
      '304s': read.notModified,
    }));
}
