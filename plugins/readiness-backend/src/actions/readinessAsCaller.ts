import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { ReadinessClient } from '@readiness/plugin-readiness-common/client';
import { readinessClientForService } from '@readiness/plugin-readiness-node';

/** What an action needs to call the readiness API as its caller. */
export type ReadinessActionDeps = {
  discovery: DiscoveryService;
  auth: AuthService;
};

/**
 * Runs `call` with a readiness client acting for the action's caller. Actions go through the
 * HTTP API, as the catalog's actions go through the catalog client, so they get the API's own
 * input validation, permission checks and audit, with the caller as the audited actor. An API
 * error is rethrown as the error the API raised (its name and message), so the action fails
 * with the same status and reason (404, 400, 403, 409) instead of a generic 500.
 */
export async function readinessAsCaller<T>(
  deps: ReadinessActionDeps,
  credentials: BackstageCredentials,
  call: (client: ReadinessClient) => Promise<T>,
): Promise<T> {
  try {
    return await call(
      readinessClientForService({ ...deps, onBehalfOf: credentials }),
    );
  } catch (error) {
    if (error instanceof ResponseError && error.cause) {
      throw error.cause;
    }
    throw error;
  }
}
