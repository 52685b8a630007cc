import { UrlReaderService } from '@backstage/backend-plugin-api';
import { EvidenceUnavailableError } from '@readiness/plugin-readiness-node';
import { ReadLimits, readRepository } from './readRepository';
import { RepositoryFiles } from './RepositoryFiles';

/** What the pool knows of one repository between reads. */
type Known = {
  etag: string;
  readAt: number;
  /** The files, while they fit in the byte budget; dropped (LRU) when they do not. */
  files?: RepositoryFiles;
  bytes: number;
};

/** One read's outcome: the repository's ETag and, when it had to be read, its files. */
export type PooledRead = { etag: string; files?: RepositoryFiles };

export type ReadPoolOptions = ReadLimits & {
  reader: UrlReaderService;
  /** Reads of code hosts at once. */
  concurrency: number;
  /** A repository read this recently is not read again (the entities of one run share it). */
  reuseMs: number;
  /** Files kept in memory for entities still to come, across repositories. */
  maxCachedBytes: number;
  /** First wait after a rate limit without Retry-After; doubles each time, up to an hour. */
  backoffMs: number;
  clock?: () => number;
};

const HOUR = 60 * 60 * 1000;

/** The wait a rate-limited host asks for, when its error carries one. */
function retryAfterMs(error: unknown, now: number): number | undefined {
  const headers = (
    error as { response?: { headers?: { get?(name: string): string | null } } }
  ).response?.headers;
  const value = headers?.get?.('retry-after');
  if (!value) {
    return undefined;
  }
  const seconds = Number(value);
  if (Number.isFinite(seconds)) {
    return seconds * 1000;
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function isRateLimit(error: unknown): boolean {
  const status = (error as { response?: { status?: number } }).response?.status;
  return (
    status === 429 || /rate limit/i.test(String((error as Error)?.message))
  );
}

function reasonOf(error: unknown, timeoutMs: number): string {
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  if (name === 'NotFoundError') {
    return 'not found (the repository or folder does not exist, or the integration may not read it)';
  }
  return String((error as Error)?.message ?? error);
}

/**
 * Reads repositories for the evidence runs: a limited number at once, each repository once
 * while its read is recent (every entity in it shares the read), with the previous ETag so an
 * unchanged repository costs one conditional request and no download. A host that rate-limits
 * is left alone until its Retry-After (or a doubling back-off) has passed; until then reads of
 * it fail at once, without a request, and the provider keeps its earlier answers.
 */
export class RepositoryReadPool {
  private readonly known = new Map<string, Known>();
  private readonly inFlight = new Map<string, Promise<PooledRead>>();
  private readonly coolingUntil = new Map<
    string,
    { until: number; waitMs: number }
  >();
  private readonly waiting: (() => void)[] = [];
  private running = 0;
  private cachedBytes = 0;
  /** Requests sent to code hosts, for the bench and tests. */
  requests = 0;

  constructor(private readonly options: ReadPoolOptions) {}

  private now() {
    return this.options.clock?.() ?? Date.now();
  }

  /**
   * The repository's files, or only its ETag when the files of that ETag were already
   * evaluated and dropped from memory (`needFiles: false`). Throws EvidenceUnavailableError
   * when it cannot be read.
   */
  read(url: string, needFilesOf?: string): Promise<PooledRead> {
    const known = this.known.get(url);
    if (
      known &&
      this.now() - known.readAt < this.options.reuseMs &&
      (known.files || known.etag === needFilesOf)
    ) {
      this.touch(url, known);
      return Promise.resolve({ etag: known.etag, files: known.files });
    }
    let read = this.inFlight.get(url);
    if (!read) {
      read = this.limited(() => this.fetch(url, needFilesOf)).finally(() =>
        this.inFlight.delete(url),
      );
      this.inFlight.set(url, read);
    }
    return read;
  }

  private async fetch(
    url: string,
    evaluatedEtag?: string,
  ): Promise<PooledRead> {
    const host = new URL(url).host;
    const cooling = this.coolingUntil.get(host);
    if (cooling && cooling.until > this.now()) {
      throw new EvidenceUnavailableError(
        'read the repository',
        `${host} is rate limiting reads until ${new Date(
          cooling.until,
        ).toISOString()}`,
      );
    }
    const known = this.known.get(url);
    // A conditional read only helps when what that ETag proved is still at hand.
    const etag =
      known && (known.files || known.etag === evaluatedEtag)
        ? known.etag
        : undefined;
    this.requests += 1;
    try {
      const files = await this.withTimeout(
        readRepository(this.options.reader, url, { ...this.options, etag }),
      );
      this.coolingUntil.delete(host);
      this.remember(url, files);
      return { etag: files.etag, files };
    } catch (error) {
      if ((error as Error)?.name === 'NotModifiedError' && known) {
        this.coolingUntil.delete(host);
        known.readAt = this.now();
        this.touch(url, known);
        return { etag: known.etag, files: known.files };
      }
      if (isRateLimit(error)) {
        const waitMs = Math.min(
          HOUR,
          retryAfterMs(error, this.now()) ??
            (cooling ? cooling.waitMs * 2 : this.options.backoffMs),
        );
        this.coolingUntil.set(host, { until: this.now() + waitMs, waitMs });
        throw new EvidenceUnavailableError(
          'read the repository',
          `${host} is rate limiting reads until ${new Date(
            this.now() + waitMs,
          ).toISOString()}`,
        );
      }
      throw new EvidenceUnavailableError(
        'read the repository',
        reasonOf(error, this.options.timeoutMs),
      );
    }
  }

  private withTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new Error('timed out');
        error.name = 'TimeoutError';
        reject(error);
      }, this.options.timeoutMs);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }

  private remember(url: string, files: RepositoryFiles) {
    const previous = this.known.get(url);
    if (previous?.files) {
      this.cachedBytes -= previous.bytes;
    }
    let bytes = 0;
    for (const content of files.files.values()) {
      bytes += content?.length ?? 0;
    }
    const entry: Known = { etag: files.etag, readAt: this.now(), files, bytes };
    this.known.delete(url);
    this.known.set(url, entry);
    this.cachedBytes += bytes;
    this.evict();
  }

  /** Most recently used last: the Map's order is the LRU order. */
  private touch(url: string, known: Known) {
    this.known.delete(url);
    this.known.set(url, known);
  }

  /** Drops the files (not the ETag) of the least recently used repositories over budget. */
  private evict() {
    for (const [, entry] of this.known) {
      if (this.cachedBytes <= this.options.maxCachedBytes) {
        return;
      }
      if (entry.files) {
        this.cachedBytes -= entry.bytes;
        entry.files = undefined;
        entry.bytes = 0;
      }
    }
  }

  private async limited<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.options.concurrency) {
      await new Promise<void>(resolve => this.waiting.push(resolve));
    }
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }
}
