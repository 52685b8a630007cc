import { IncomingMessage, Server, ServerResponse } from 'http';
import * as zlib from 'zlib';
import { operationOf, specViolation } from './expectResponseToMatchSpec';

/** Where the test backend mounts the plugin. */
const BASE = '/api/readiness';

const violations: string[] = [];

// Any test of a file that starts a test backend fails when one of its responses broke the spec,
// whatever the test itself asserted.
afterEach(() => {
  const found = violations.splice(0);
  if (found.length) {
    throw new Error(
      `Responses that openapi.yaml does not declare:\n${found.join('\n')}`,
    );
  }
});

function decoded(body: Buffer, encoding: string | undefined): string {
  switch (encoding) {
    case 'gzip':
      return zlib.gunzipSync(body).toString('utf8');
    case 'br':
      return zlib.brotliDecompressSync(body).toString('utf8');
    case 'deflate':
      return zlib.inflateSync(body).toString('utf8');
    default:
      return body.toString('utf8');
  }
}

function check(
  requested: { method?: string; url?: string },
  response: ServerResponse,
  body: Buffer,
) {
  // The path as Express routed it: URL parsing would resolve `.` and `..` segments, which the
  // router takes as parameter values (`/campaigns/.` is the campaign '.', not the list).
  const pathname = (requested.url ?? '/').split(/[?#]/)[0];
  if (!pathname.startsWith(`${BASE}/`)) {
    return;
  }
  const operation = operationOf(
    pathname.slice(BASE.length),
    requested.method ?? 'GET',
  );
  if (!operation) {
    return;
  }
  const text = decoded(
    body,
    response.getHeader('content-encoding') as string | undefined,
  );
  let parsed: unknown = text;
  if (String(response.getHeader('content-type')).includes('json') && text) {
    parsed = JSON.parse(text);
  }
  const violation = specViolation(operation.path, operation.method, {
    status: response.statusCode,
    body: parsed,
  });
  if (violation) {
    violations.push(`${requested.method} ${requested.url}: ${violation}`);
  }
}

/**
 * Checks every response the server sends to the plugin's routes against openapi.yaml: its status
 * must be one the operation declares, its body the declared schema. A violation fails the test
 * that caused it (in `afterEach`), so no status can be sent that the document does not list.
 */
export function checkResponsesAgainstSpec(server: Server) {
  server.prependListener(
    'request',
    (request: IncomingMessage, response: ServerResponse) => {
      // Express rewrites request.url as it routes; keep what the client asked for.
      const requested = { method: request.method, url: request.url };
      const chunks: Buffer[] = [];
      const write = response.write.bind(response);
      const end = response.end.bind(response);
      const keep = (chunk: unknown, encoding?: unknown) => {
        if (
          chunk !== undefined &&
          chunk !== null &&
          typeof chunk !== 'function'
        ) {
          chunks.push(
            Buffer.isBuffer(chunk)
              ? chunk
              : Buffer.from(
                  chunk as string,
                  typeof encoding === 'string'
                    ? (encoding as BufferEncoding)
                    : 'utf8',
                ),
          );
        }
      };
      response.write = ((chunk: unknown, ...rest: unknown[]) => {
        keep(chunk, rest[0]);
        return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as ServerResponse['write'];
      response.end = ((chunk?: unknown, ...rest: unknown[]) => {
        keep(chunk, rest[0]);
        return (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest);
      }) as ServerResponse['end'];
      response.on('finish', () =>
        check(requested, response, Buffer.concat(chunks)),
      );
    },
  );
}
