import { ResponseError } from '@backstage/errors';

/** The most useful message of an error: the server's own words for a failed request. */
export function describeError(error: Error): string {
  if (error instanceof ResponseError) {
    return error.cause?.message
      ? `${error.cause.message} (${error.statusCode})`
      : error.message;
  }
  return error.message;
}
