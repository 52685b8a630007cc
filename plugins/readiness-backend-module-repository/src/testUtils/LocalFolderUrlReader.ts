import {
  resolveSafeChildPath,
  UrlReaderService,
  UrlReaderServiceReadTreeOptions,
  UrlReaderServiceReadTreeResponse,
  UrlReaderServiceReadUrlOptions,
  UrlReaderServiceReadUrlResponse,
  UrlReaderServiceSearchOptions,
  UrlReaderServiceSearchResponse,
} from '@backstage/backend-plugin-api';
import {
  ReaderFactory,
  ReadTreeResponseFactory,
} from '@backstage/backend-defaults/urlReader';
import { NotFoundError, NotModifiedError } from '@backstage/errors';
import { createHash } from 'crypto';
import { createReadStream, promises as fs } from 'fs';
import { Minimatch } from 'minimatch';
import { join, relative } from 'path';
import { Readable } from 'node:stream';

type Listed = { path: string; absolute: string; size: number; mtimeMs: number };

async function walk(folder: string, base = folder): Promise<Listed[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  const found: Listed[] = [];
  for (const entry of entries) {
    const absolute = join(folder, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await walk(absolute, base)));
    } else if (entry.isFile()) {
      const stat = await fs.stat(absolute);
      found.push({
        path: relative(base, absolute).split('\\').join('/'),
        absolute,
        size: stat.size,
        mtimeMs: stat.mtimeMs,
      });
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** Changes whenever a file is added, removed, resized or touched. */
const etagOf = (files: Listed[]) =>
  createHash('sha256')
    .update(files.map(f => `${f.path}\0${f.size}\0${f.mtimeMs}`).join('\n'))
    .digest('hex')
    .slice(0, 32);

/**
 * A URL reader over local folders: `<baseUrl><folder>/<path>` reads `<root>/<folder>/<path>`. For
 * tests and the demo portal, where no code host can be reached; it behaves like a code host's
 * reader (ETags, NotModifiedError, NotFoundError, readTree filters). Register it with
 * {@link LocalFolderUrlReader.factory} as one of the backend's URL reader factories.
 *
 * @public
 */
export class LocalFolderUrlReader implements UrlReaderService {
  /** A URL reader factory (`urlReaderFactoriesServiceRef`) for URLs that start with `baseUrl`. */
  static factory(options: { baseUrl: string; root: string }): ReaderFactory {
    return ({ treeResponseFactory }) => {
      const reader = new LocalFolderUrlReader({
        ...options,
        treeResponseFactory,
      });
      return [
        { reader, predicate: url => url.href.startsWith(options.baseUrl) },
      ];
    };
  }

  constructor(
    private readonly options: {
      baseUrl: string;
      root: string;
      treeResponseFactory: ReadTreeResponseFactory;
    },
  ) {}

  private pathOf(url: string): string {
    if (!url.startsWith(this.options.baseUrl)) {
      throw new NotFoundError(`${url} is not below ${this.options.baseUrl}`);
    }
    const relativePath = decodeURIComponent(
      new URL(url).pathname.slice(
        new URL(this.options.baseUrl).pathname.length,
      ),
    ).replace(/\/+$/, '');
    return resolveSafeChildPath(this.options.root, relativePath);
  }

  /** Reads one file; NotModifiedError when its size and time match the ETag. */
  async readUrl(
    url: string,
    options?: UrlReaderServiceReadUrlOptions,
  ): Promise<UrlReaderServiceReadUrlResponse> {
    const path = this.pathOf(url);
    const stat = await fs.stat(path).catch(() => undefined);
    if (!stat?.isFile()) {
      throw new NotFoundError(`${url} does not exist`);
    }
    const etag = `${stat.size}-${stat.mtimeMs}`;
    if (options?.etag === etag) {
      throw new NotModifiedError();
    }
    const data = await fs.readFile(path);
    return {
      buffer: async () => data,
      stream: () => Readable.from(data),
      etag,
    };
  }

  /** Reads a folder, applying the filter; NotModifiedError when nothing in it changed. */
  async readTree(
    url: string,
    options?: UrlReaderServiceReadTreeOptions,
  ): Promise<UrlReaderServiceReadTreeResponse> {
    const folder = this.pathOf(url);
    const stat = await fs.stat(folder).catch(() => undefined);
    if (!stat?.isDirectory()) {
      throw new NotFoundError(`${url} does not exist`);
    }
    const files = (await walk(folder)).filter(
      f => !options?.filter || options.filter(f.path, { size: f.size }),
    );
    const etag = etagOf(files);
    if (options?.etag === etag) {
      throw new NotModifiedError();
    }
    const response = await this.options.treeResponseFactory.fromReadableArray(
      files.map(f => ({
        data: createReadStream(f.absolute),
        path: f.path,
        lastModifiedAt: new Date(f.mtimeMs),
      })),
    );
    return Object.assign(response, { etag });
  }

  /** Finds the files that a URL ending in a glob (such as `*.yml`) matches. */
  async search(
    url: string,
    options?: UrlReaderServiceSearchOptions,
  ): Promise<UrlReaderServiceSearchResponse> {
    const glob = url.slice(this.options.baseUrl.length);
    const firstGlob = glob.search(/[*?[{]/);
    const folderPart =
      firstGlob < 0
        ? glob
        : glob.slice(0, glob.lastIndexOf('/', firstGlob) + 1);
    const folderUrl = `${this.options.baseUrl}${folderPart}`;
    const matcher = new Minimatch(glob.slice(folderPart.length), { dot: true });
    const files = (await walk(this.pathOf(folderUrl)).catch(() => [])).filter(
      f => matcher.match(f.path),
    );
    const etag = etagOf(files);
    if (options?.etag === etag) {
      throw new NotModifiedError();
    }
    return {
      etag,
      files: files.map(f => ({
        url: `${folderUrl}${f.path}`,
        content: () => fs.readFile(f.absolute),
        lastModifiedAt: new Date(f.mtimeMs),
      })),
    };
  }
}
