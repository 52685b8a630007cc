import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';

/** Keys per refresh request. */
const KEYS_PER_REQUEST = 1000;
/** How long a refreshed entity counts against the budget. */
const WINDOW_MS = 60_000;
/**
 * Entities refreshed per minute by default. A person's answers move a few entities a minute;
 * a bulk rescore (the reconcile, an evidence run over everything, a checklist change) moves
 * thousands, and processing those by key on top of the catalog's own loop slowed every catalog
 * read while it lasted.
 */
const DEFAULT_MAX_REFRESHES_PER_MINUTE = 300;

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
 * At most `maxRefreshesPerMinute` entities are refreshed in any minute; changes beyond that are
 * left to the catalog's processing loop, which relabels every entity in its turn.
 *
 * It is an entity provider only to reach the catalog's refresh-by-key; it provides no entities.
 *
 * @public
 */
export class ReadinessLabelRefresher implements EntityProvider {
  private connection?: EntityProviderConnection;
  /** When entities were refreshed in the last minute, and how many each time. */
  private readonly recent: { at: number; count: number }[] = [];

  constructor(
    private readonly options: {
      maxRefreshesPerMinute?: number;
      now?: () => number;
    } = {},
  ) {}

  /** The name the catalog knows this provider by. */
  getProviderName(): string {
    return 'ReadinessLabelRefresher';
  }

  /** Called by the catalog at start; the connection is what refreshes by key. */
  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
  }

  /**
   * Refreshes the given entities, as many as the minute's budget allows, and returns how many
   * it refreshed. Before the catalog has connected it refreshes none.
   */
  async refresh(entityRefs: string[]): Promise<number> {
    const connection = this.connection;
    if (!connection) {
      return 0;
    }
    const chosen = entityRefs.slice(0, this.takeBudget(entityRefs.length));
    for (let i = 0; i < chosen.length; i += KEYS_PER_REQUEST) {
      await connection.refresh({
        keys: chosen.slice(i, i + KEYS_PER_REQUEST).map(readinessRefreshKey),
      });
    }
    return chosen.length;
  }

  /** Takes up to `wanted` from what is left of the last minute's budget. */
  private takeBudget(wanted: number): number {
    const now = (this.options.now ?? Date.now)();
    while (this.recent.length && this.recent[0].at <= now - WINDOW_MS) {
      this.recent.shift();
    }
    const used = this.recent.reduce((sum, entry) => sum + entry.count, 0);
    const max =
      this.options.maxRefreshesPerMinute ?? DEFAULT_MAX_REFRESHES_PER_MINUTE;
    const granted = Math.max(0, Math.min(wanted, max - used));
    if (granted > 0) {
      this.recent.push({ at: now, count: granted });
    }
    return granted;
  }
}
