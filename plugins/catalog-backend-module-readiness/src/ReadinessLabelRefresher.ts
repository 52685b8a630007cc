import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';

/** Keys per refresh request, so a mass rescore becomes a few bounded requests. */
const KEYS_PER_REQUEST = 1000;

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

  /** The name the catalog knows this provider by. */
  getProviderName(): string {
    return 'ReadinessLabelRefresher';
  }

  /** Called by the catalog at start; the connection is what refreshes by key. */
  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
  }

  /** Refreshes the given entities; before the catalog has connected, there is nothing to do. */
  async refresh(entityRefs: string[]): Promise<void> {
    const connection = this.connection;
    if (!connection) {
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
