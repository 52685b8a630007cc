import { processCpuMs } from './processCpu';

/** One kind of read of one entity, measured against the backend's own CPU time. */
export type ReadCostRow = {
  token: string;
  request: string;
  'p50 (ms)': string;
  'p99 (ms)': string;
  'backend CPU / request (ms)': string;
  'body (KB)': string;
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
 * What one entity's readiness costs beside the catalog's own read of the entity (the floor:
 * every readiness read makes it, to authorise): latency, the backend's CPU per request and
 * the body's size, and the same read made conditional with the version the full read got. The
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
  // Each entity's version as the full read last saw it, for the conditional read after it.
  const versions = new Map<string, string>();
  const full = (name: string) =>
    `/api/readiness/entities/component/default/${name}`;
  // What the client sends: the checklist by reference (it holds the checklist).
  const readiness = (name: string) => `${full(name)}?checklist=reference`;
  const none = (_name: string): Record<string, string> => ({});
  const reads = [
    {
      request: 'Readiness GET /entities/…, checklist copied',
      path: full,
      headers: none,
    },
    {
      request: 'Readiness GET /entities/…?checklist=reference',
      path: readiness,
      headers: none,
    },
    {
      request: 'Readiness, by reference with If-None-Match (304)',
      path: readiness,
      headers: (name: string): Record<string, string> => ({
        'If-None-Match': versions.get(name) ?? '',
      }),
    },
    {
      request: 'catalog GET /entities/by-name/… (floor)',
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
        // may refuse the checklist by reference: that read is left out.
        if (res.status === 400 && read.path !== full) {
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
        } else if (version && read.path === readiness) {
          versions.set(name, version);
        }
        read.bytes = Buffer.byteLength(body);
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
      'body (KB)': (read.bytes / 1024).toFixed(1),
      '304s': read.notModified,
    }));
}
