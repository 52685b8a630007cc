import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { readReadinessConfig } from './config/readReadinessConfig';
import { DatabaseReadinessStore } from './database/DatabaseReadinessStore';
import { ReadinessService } from './service/ReadinessService';
import { createRouter } from './service/router';
import { scheduleScoreRefresh } from './tasks/scheduleScoreRefresh';

/**
 * The Readiness backend plugin: stores checklist answers and keeps scores in step with them.
 *
 * @public
 */
export const readinessPlugin = createBackendPlugin({
  pluginId: 'readiness',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        database,
        httpAuth,
        httpRouter,
        logger,
        scheduler,
        catalog,
      }) {
        const settings = readReadinessConfig(config);
        const store = await DatabaseReadinessStore.create({ database });
        const service = new ReadinessService({
          store,
          catalog,
          config: settings,
        });
        httpRouter.use(await createRouter({ service, httpAuth }));
        await scheduleScoreRefresh({
          scheduler,
          logger,
          service,
          frequencyMinutes: settings.refreshFrequencyMinutes,
        });
      },
    });
  },
});
