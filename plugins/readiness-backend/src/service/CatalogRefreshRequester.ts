import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ScoreChange } from '../domain/ScoreChange';

/**
 * Asks the catalog to refresh entities whose score changed, so that the readiness labels set by
 * `@readiness/plugin-catalog-backend-module-readiness` follow within one refresh of that entity
 * instead of waiting for the whole processing loop.
 *
 * The request is sent `delayMs` after the change. The catalog module's score cache is never
 * older than its `maxAge` when it labels an entity, so a delay longer than that age guarantees
 * the refresh sees the new score. Several changes to one entity within the delay become one
 * request. A request that fails (the catalog is restarting, the network is down) is retried
 * with a doubling delay, up to `maxAttempts` in all; after that the catalog's own processing
 * loop still refreshes the entity, only later.
 */
export class CatalogRefreshRequester {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      delayMs: number;
      /** Attempts per refresh, the first included. Defaults to 6 (about 3 minutes of retries at 3 s). */
      maxAttempts?: number;
    },
  ) {}

  readonly onScoresChanged = (changes: ScoreChange[]) => {
    for (const { entityRef, cause } of changes) {
      // Only a person's change is worth hurrying the catalog for. The bulk causes (reconcile,
      // evidence runs, the refresh task) can touch every entity at once; the catalog's own
      // processing loop labels those without a burst of refresh requests.
      if (cause !== 'person') {
        continue;
      }
      if (!this.pending.has(entityRef)) {
        this.schedule(entityRef, this.options.delayMs, 1);
      }
    }
  };

  /** Cancels refreshes that have not been sent yet (on shutdown). */
  stop() {
    for (const timer of this.pending.values()) {
      clearTimeout(timer);
    }
    this.pending.clear();
  }

  private schedule(entityRef: string, delayMs: number, attempt: number) {
    const timer = setTimeout(() => {
      this.pending.delete(entityRef);
      this.refresh(entityRef, delayMs, attempt);
    }, delayMs);
    // A pending refresh must not keep the process alive at shutdown.
    timer.unref?.();
    this.pending.set(entityRef, timer);
  }

  private async refresh(entityRef: string, delayMs: number, attempt: number) {
    try {
      await this.options.catalog.refreshEntity(entityRef, {
        credentials: await this.options.auth.getOwnServiceCredentials(),
      });
    } catch (error) {
      const maxAttempts = this.options.maxAttempts ?? 6;
      if (attempt < maxAttempts) {
        this.options.logger.info(
          `Catalog refresh of ${entityRef} failed (attempt ${attempt} of ${maxAttempts}); retrying: ${error}`,
        );
        // A newer change to the entity may have scheduled a refresh meanwhile; that one counts.
        if (!this.pending.has(entityRef)) {
          this.schedule(entityRef, delayMs * 2, attempt + 1);
        }
        return;
      }
      // The catalog's own loop refreshes the entity later; nothing is lost.
      this.options.logger.warn(
        `Could not request a catalog refresh of ${entityRef} after ${maxAttempts} attempts: ${error}`,
      );
    }
  }
}
