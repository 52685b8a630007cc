import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { Router } from 'express';

/**
 * Benchmarks only: the floor under one entity's readiness read. `GET
 * /api/read-floor/entities/{kind}/{namespace}/{name}` does what every readiness read must do
 * and nothing else: it takes the caller's credentials and reads the entity from the catalog with
 * them (204 when the caller may see it, 404 when not). The portal bench prints it beside the
 * readiness reads. Enabled by `readFloor.enabled`; the demo leaves it off.
 */
export default createBackendPlugin({
  pluginId: 'read-floor',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        httpAuth: coreServices.httpAuth,
        http: coreServices.httpRouter,
        catalog: catalogServiceRef,
      },
      async init({ config, httpAuth, http, catalog }) {
        if (!config.getOptionalBoolean('readFloor.enabled')) {
          return;
        }
        const router = Router();
        router.get('/entities/:kind/:namespace/:name', (req, res, next) => {
          httpAuth
            .credentials(req)
            .then(credentials =>
              catalog.getEntityByRef(req.params, { credentials }),
            )
            .then(entity => res.status(entity ? 204 : 404).end())
            .catch(next);
        });
        http.use(router);
      },
    });
  },
});
