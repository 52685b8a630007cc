import { ResponseError } from '@backstage/errors';

/**
 * An error in words a user can act on: the server's own message for a refused request, "could
 * not reach" for a request that never got an answer, never a raw `Failed to fetch: POST …`.
 */
export function describeError(error: Error): string {
  if (error instanceof ResponseError) {
    const message = (error.cause?.message ?? error.message).replace(
      /^answers?(\[\d+\])?: /,
      '',
    );
    if (error.statusCode >= 500) {
      return `the readiness service could not do it just now (${message}); try again shortly`;
    }
    return message;
  }
  if (error instanceof TypeError || /failed to fetch/i.test(error.message)) {
    return 'Backstage could not be reached; check your connection and try again';
  }
  return error.message;
}
