import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { readinessClientForService } from '@readiness/plugin-readiness-node';
import { ReadinessBackendScoreSource } from './ReadinessBackendScoreSource';
import { ReadinessLabelProcessor } from './ReadinessLabelProcessor';
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
      },
      async init({ catalog, config, discovery, auth, logger }) {
        const maxAgeSeconds =
          config.getOptionalNumber(
            'readiness.catalogModule.maxCacheAgeSeconds',
          ) ?? 1;
        if (!(maxAgeSeconds > 0)) {
          throw new Error(
            `readiness.catalogModule.maxCacheAgeSeconds must be greater than 0, got ${maxAgeSeconds}`,
          );
        }
        const cache = new ReadinessScoreCache({
          source: new ReadinessBackendScoreSource(
            readinessClientForService({ discovery, auth }),
          ),
          maxAgeMs: maxAgeSeconds * 1000,
          onStale: error =>
            logger.warn(`Using older readiness scores: ${error}`),
        });
        catalog.addProcessor(new ReadinessLabelProcessor({ cache, logger }));
      },
    });
  },
});
