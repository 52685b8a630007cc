import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';

/** Keys per refresh request. */
const KEYS_PER_REQUEST = 1000;
/**
 * More changed entities than this in one read are a bulk rescore (the reconcile, an evidence
 * run over everything, a checklist change): they are left to the catalog's own processing
 * loop, so the catalog is not asked to process thousands of entities at once.
 */
const DEFAULT_MAX_ENTITIES = 1000;

/**
 * The refresh key the label processor gives each entity it labels.
 *
 * @public
 */
export const readinessRefreshKey = (entityRef: string) =>
  `readiness:${entityRef.toLocaleLowerCase('en-US')}`;

/**
 * Asks the catalog to process again the entities whose readiness labels changed, by the refresh
 * key the label processor gave them. Only those entities are processed again: refreshing an
 * entity through the catalog's API also processes its location again, which for a catalog file
 * of 10,000 entities is all of them, once per changed score.
 *
 * It is an entity provider only to reach the catalog's refresh-by-key; it provides no entities.
 *
 * @public
 */
export class ReadinessLabelRefresher implements EntityProvider {
  private connection?: EntityProviderConnection;

  constructor(private readonly options: { maxEntities?: number } = {}) {}

  /** The name the catalog knows this provider by. */
  getProviderName(): string {
    return 'ReadinessLabelRefresher';
  }

  /** Called by the catalog at start; the connection is what refreshes by key. */
  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
  }

  /**
   * Refreshes the given entities; before the catalog has connected, and for a bulk rescore of
   * more than `maxEntities` (1,000 by default), it does nothing.
   */
  async refresh(entityRefs: string[]): Promise<void> {
    const connection = this.connection;
    const max = this.options.maxEntities ?? DEFAULT_MAX_ENTITIES;
    if (!connection || entityRefs.length > max) {
      return;
    }
    for (let i = 0; i < entityRefs.length; i += KEYS_PER_REQUEST) {
      await connection.refresh({
        keys: entityRefs
          .slice(i, i + KEYS_PER_REQUEST)
          .map(readinessRefreshKey),
      });
    }
  }
}
