import { UrlReaderService } from '@backstage/backend-plugin-api';
import { RepositoryFiles } from './RepositoryFiles';

/** Folders whose files are someone else's code, never read. */
const VENDORED =
  /(^|\/)(node_modules|vendor|\.git|\.venv|venv|dist|build|__pycache__|third_party)(\/|$)/;

/** What one read may take. */
export type ReadLimits = {
  /** Files larger than this are listed but not read. */
  maxFileBytes: number;
  /** The read is abandoned after this long. */
  timeoutMs: number;
};

/**
 * Reads a repository through the URL readers (`readTree`), skipping vendored folders and reading
 * only files up to the size limit. With the ETag of an earlier read, an unchanged repository
 * answers NotModifiedError (thrown as is) and nothing is downloaded.
 */
export async function readRepository(
  reader: UrlReaderService,
  url: string,
  options: ReadLimits & { etag?: string },
): Promise<RepositoryFiles> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const oversized = new Set<string>();
  const response = await reader.readTree(url, {
    etag: options.etag,
    signal,
    filter: (path, info) => {
      if (VENDORED.test(path)) {
        return false;
      }
      if (info && info.size > options.maxFileBytes) {
        oversized.add(path);
        return false;
      }
      return true;
    },
  });
  const files = new Map<string, Buffer | undefined>();
  for (const file of await response.files()) {
    const content = await file.content();
    // Readers that cannot tell sizes up front: drop the content after the fact.
    files.set(
      file.path,
      content.length > options.maxFileBytes ? undefined : content,
    );
  }
  for (const path of oversized) {
    files.set(path, undefined);
  }
  return { etag: response.etag, files };
}
