import { ServiceUnavailableError } from '@backstage/errors';
import { LoggerService } from '@backstage/backend-plugin-api';
import { ErrorRequestHandler } from 'express';

// Socket errors, and PostgreSQL's connection-exception (08xxx), shutdown (57P01-57P03) and
// too-many-connections (53300) codes.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|Client has encountered a connection error|Connection ended unexpectedly|timeout exceeded when trying to connect|Unable to acquire a connection|Knex: Timeout acquiring a connection/i;

/** Whether an error means the database could not be reached, rather than a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const { code, name, message, cause } = e as {
      code?: unknown;
      name?: unknown;
      message?: unknown;
      cause?: unknown;
    };
    if (
      typeof code === 'string' &&
      (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))
    ) {
      return true;
    }
    if (name === 'KnexTimeoutError') {
      return true;
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) {
      return true;
    }
    e = cause;
  }
  return false;
}

/**
 * Turns "the database is down" into a 503 that clients can retry, with a message that names no
 * host or port (the driver's message, such as `connect ECONNREFUSED 10.0.0.5:5432`, would).
 * The original error goes to the backend's log only.
 */
export function databaseUnavailableHandler(
  logger: LoggerService,
): ErrorRequestHandler {
  return (error, _req, _res, next) => {
    if (!isDatabaseUnavailable(error)) {
      next(error);
      return;
    }
    logger.warn(`The readiness database is unavailable: ${error}`);
    next(
      new ServiceUnavailableError(
        'The readiness database is unavailable; try again shortly',
      ),
    );
  };
}
