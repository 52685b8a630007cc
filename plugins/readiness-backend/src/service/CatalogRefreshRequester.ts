import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ScoreChange } from './ScoreChange';

/**
 * Asks the catalog to refresh entities whose score changed, so that the readiness labels set by
 * `@readiness/plugin-catalog-backend-module-readiness` follow within one refresh of that entity
 * instead of waiting for the whole processing loop.
 *
 * The request is sent `delayMs` after the change. The catalog module's score cache is never
 * older than its `maxAge` when it labels an entity, so a delay longer than that age guarantees
 * the refresh sees the new score. Several changes to one entity within the delay become one
 * request.
 */
export class CatalogRefreshRequester {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      delayMs: number;
    },
  ) {}

  readonly onScoresChanged = (changes: ScoreChange[]) => {
    for (const { entityRef } of changes) {
      if (this.pending.has(entityRef)) {
        continue;
      }
      const timer = setTimeout(() => {
        this.pending.delete(entityRef);
        this.refresh(entityRef);
      }, this.options.delayMs);
      // A pending refresh must not keep the process alive at shutdown.
      timer.unref?.();
      this.pending.set(entityRef, timer);
    }
  };

  /** Cancels refreshes that have not been sent yet (on shutdown). */
  stop() {
    for (const timer of this.pending.values()) {
      clearTimeout(timer);
    }
    this.pending.clear();
  }

  private async refresh(entityRef: string) {
    try {
      await this.options.catalog.refreshEntity(entityRef, {
        credentials: await this.options.auth.getOwnServiceCredentials(),
      });
    } catch (error) {
      // The catalog's own loop refreshes the entity later; nothing is lost.
      this.options.logger.warn(
        `Could not request a catalog refresh of ${entityRef}: ${error}`,
      );
    }
  }
}
