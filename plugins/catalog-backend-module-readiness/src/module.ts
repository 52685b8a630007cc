import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { readinessClientForService } from '@readiness/plugin-readiness-node';
import { ReadinessBackendScoreSource } from './ReadinessBackendScoreSource';
import { ReadinessLabelProcessor } from './ReadinessLabelProcessor';
import { ReadinessLabelRefresher } from './ReadinessLabelRefresher';
import { ReadinessScoreCache } from './ReadinessScoreCache';

/**
 * Catalog module that labels entities with their readiness level and score.
 *
 * @public
 */
export const catalogModuleReadiness = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'readiness',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
      },
      async init({ catalog, config, discovery, auth, logger, scheduler }) {
        const maxAgeSeconds =
          config.getOptionalNumber(
            'readiness.catalogModule.maxCacheAgeSeconds',
          ) ?? 1;
        if (!(maxAgeSeconds > 0)) {
          throw new Error(
            `readiness.catalogModule.maxCacheAgeSeconds must be greater than 0, got ${maxAgeSeconds}`,
          );
        }
        const maxRefreshesPerMinute =
          config.getOptionalNumber(
            'readiness.catalogModule.maxRefreshesPerMinute',
          ) ?? 300;
        if (
          !Number.isInteger(maxRefreshesPerMinute) ||
          maxRefreshesPerMinute < 0
        ) {
          throw new Error(
            `readiness.catalogModule.maxRefreshesPerMinute must be a whole number of at least 0, got ${maxRefreshesPerMinute}`,
          );
        }
        const refresher = new ReadinessLabelRefresher({
          maxRefreshesPerMinute,
        });
        const cache = new ReadinessScoreCache({
          source: new ReadinessBackendScoreSource(
            readinessClientForService({ discovery, auth }),
          ),
          maxAgeMs: maxAgeSeconds * 1000,
          onStale: error =>
            logger.warn(`Using older readiness scores: ${error}`),
          onChange: entityRefs =>
            refresher
              .refresh(entityRefs)
              .then(refreshed => {
                if (refreshed < entityRefs.length) {
                  logger.debug(
                    `${
                      entityRefs.length - refreshed
                    } changed entities left to the catalog's processing loop (over ${maxRefreshesPerMinute} a minute)`,
                  );
                }
              })
              .catch(error =>
                logger.warn(
                  `Could not have ${entityRefs.length} entities relabelled: ${error}`,
                ),
              ),
        });
        catalog.addProcessor(new ReadinessLabelProcessor({ cache, logger }));
        catalog.addEntityProvider(refresher);
        let lastSyncWarning = -Infinity;
        // Reads changed scores every maxCacheAgeSeconds, so a changed score is relabelled
        // within seconds even when the catalog is not processing anything else.
        await scheduler.scheduleTask({
          id: 'readiness-label-sync',
          scope: 'local',
          frequency: { seconds: maxAgeSeconds },
          timeout: { seconds: 60 },
          initialDelay: { seconds: maxAgeSeconds },
          fn: async () => {
            try {
              await cache.update();
            } catch (error) {
              // At most one warning a minute while the Readiness backend is away.
              if (Date.now() - lastSyncWarning > 60_000) {
                lastSyncWarning = Date.now();
                logger.warn(
                  `Could not read changed readiness scores: ${error}`,
                );
              }
            }
          },
        });
      },
    });
  },
});
