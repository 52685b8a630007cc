import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * A catalog in memory for the benches, with the look-ups the plugin makes (by ref, by refs, and
 * pages by kind) in constant time per entity. The test utilities' in-memory catalog rebuilds
 * its index on every look-up, which at 100,000 entities would time the stand-in, not us.
 */
export function benchCatalog(entities: Entity[]): CatalogService {
  const byRef = new Map(
    entities.map(e => [stringifyEntityRef(e).toLocaleLowerCase('en-US'), e]),
  );
  const find = (ref: string) => byRef.get(ref.toLocaleLowerCase('en-US'));
  const service: Pick<
    CatalogService,
    'getEntityByRef' | 'getEntitiesByRefs' | 'queryEntities' | 'refreshEntity'
  > = {
    async getEntityByRef(ref) {
      return find(typeof ref === 'string' ? ref : stringifyEntityRef(ref));
    },
    async getEntitiesByRefs({ entityRefs }) {
      return { items: entityRefs.map(ref => find(ref)) };
    },
    async queryEntities(request) {
      // Pages of the entities of the requested kinds; the cursor is the next offset.
      const { limit = 1000 } = request ?? {};
      const cursor =
        request && 'cursor' in request ? request.cursor : undefined;
      const kinds =
        cursor !== undefined
          ? JSON.parse(Buffer.from(cursor, 'base64').toString()).kinds
          : ([] as string[]).concat(
              ((request as { filter?: { kind?: string | string[] } })?.filter
                ?.kind as string | string[]) ?? [],
            );
      const offset =
        cursor !== undefined
          ? JSON.parse(Buffer.from(cursor, 'base64').toString()).offset
          : 0;
      const lowered = kinds.map((k: string) => k.toLocaleLowerCase('en-US'));
      const matching = lowered.length
        ? entities.filter(e =>
            lowered.includes(e.kind.toLocaleLowerCase('en-US')),
          )
        : entities;
      const items = matching.slice(offset, offset + limit);
      const next = offset + limit;
      return {
        items,
        totalItems: matching.length,
        pageInfo:
          next < matching.length
            ? {
                nextCursor: Buffer.from(
                  JSON.stringify({ kinds, offset: next }),
                ).toString('base64'),
              }
            : {},
      };
    },
    async refreshEntity() {},
  };
  // Only the methods above are called by the code under bench.
  return service as CatalogService;
}
