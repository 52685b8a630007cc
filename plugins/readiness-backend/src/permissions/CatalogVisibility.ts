import { storedEntityRef } from '@readiness/plugin-readiness-common';
import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogReader } from '../service/CatalogReader';

/** What of the readiness data a caller may see, following what the catalog lets them read. */
export type ReadScope =
  /** Every entity: the catalog allows the caller to read all of them. */
  | { kind: 'all' }
  /** The catalog lets the caller read some entities only; ask it which. */
  | { kind: 'some'; credentials: BackstageCredentials };

const REF_FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];
const PAGE_SIZE = 1000;

/**
 * Applies the catalog's read permission to readiness data, so nobody learns through readiness
 * what the catalog hides from them. When the policy allows reading every entity, nothing is
 * asked of the catalog; otherwise the catalog itself, called with the caller's credentials,
 * says which entities they may read.
 */
export class CatalogVisibility {
  constructor(
    private readonly options: {
      permissions: PermissionsService;
      catalog: CatalogService;
      reader: CatalogReader;
    },
  ) {}

  async scopeFor(credentials: BackstageCredentials): Promise<ReadScope> {
    const [decision] = await this.options.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    // A conditional decision depends on the entity; a denial is applied by the catalog too
    // (it returns nothing), so both ask the catalog.
    return decision.result === AuthorizeResult.ALLOW
      ? { kind: 'all' }
      : { kind: 'some', credentials };
  }

  /** The given refs that the scope lets the caller read: one catalog request at most. */
  async visibleAmong(scope: ReadScope, refs: string[]): Promise<Set<string>> {
    if (scope.kind === 'all') {
      return new Set(refs);
    }
    if (refs.length === 0) {
      return new Set();
    }
    const { items } = await this.options.reader.call(
      'check which entities you may read',
      () =>
        this.options.catalog.getEntitiesByRefs(
          { entityRefs: refs, fields: REF_FIELDS },
          { credentials: scope.credentials },
        ),
    );
    return new Set(
      items.flatMap(entity => (entity ? [storedEntityRef(entity)] : [])),
    );
  }

  /**
   * Every entity of the given kinds the caller may read, or undefined when they may read all
   * (the review's aggregates then need no list). One catalog request per 1,000 entities.
   */
  async listVisible(
    scope: ReadScope,
    kinds: string[],
  ): Promise<string[] | undefined> {
    if (scope.kind === 'all') {
      return undefined;
    }
    const refs: string[] = [];
    let cursor: string | undefined;
    do {
      const request = cursor
        ? { cursor, limit: PAGE_SIZE, fields: REF_FIELDS }
        : { filter: { kind: kinds }, limit: PAGE_SIZE, fields: REF_FIELDS };
      const page = await this.options.reader.call(
        'list the entities you may read',
        () =>
          this.options.catalog.queryEntities(request, {
            credentials: scope.credentials,
          }),
      );
      for (const entity of page.items) {
        refs.push(storedEntityRef(entity));
      }
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    return refs;
  }
}
