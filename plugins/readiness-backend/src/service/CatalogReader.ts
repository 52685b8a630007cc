import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  NotFoundError,
  ResponseError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { assertCatalogCanName } from './entityRefProblems';

/** What a failed catalog call is reported as: its status, never the address it went to. */
function whyCatalogFailed(error: unknown): string {
  if (error instanceof ResponseError) {
    return `the catalog answered ${error.response.status} ${error.response.statusText}`.trim();
  }
  return 'the catalog could not be reached';
}

/**
 * The plugin's reads from the catalog. A failing catalog call becomes a 503 that says what the
 * plugin was doing and how the catalog answered, instead of a bare "Request failed with 500".
 */
export class CatalogReader {
  constructor(
    private readonly options: { catalog: CatalogService; auth: AuthService },
  ) {}

  /** Runs a catalog call, describing a failure as `Could not <what>: <why>`. */
  async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw new ServiceUnavailableError(
        `Could not ${what}: ${whyCatalogFailed(error)}. Try again shortly.`,
      );
    }
  }

  /** The entity as the caller may see it; a NotFoundError when the catalog has none for them. */
  async getEntity(
    ref: CompoundEntityRef | string,
    credentials: BackstageCredentials,
  ): Promise<Entity> {
    if (typeof ref !== 'string') {
      assertCatalogCanName(ref);
    }
    const name = typeof ref === 'string' ? ref : stringifyEntityRef(ref);
    const entity = await this.call(`read ${name} from the catalog`, () =>
      this.options.catalog.getEntityByRef(ref, { credentials }),
    );
    if (!entity) {
      throw new NotFoundError(`No entity '${name}' in the catalog`);
    }
    return entity;
  }

  /** An entity read with the plugin's own credentials, for facts stored beside scores. */
  async findOwnEntity(ref: string): Promise<Entity | undefined> {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    return this.call(`read ${ref} from the catalog`, () =>
      this.options.catalog.getEntityByRef(ref, { credentials }),
    );
  }
}
