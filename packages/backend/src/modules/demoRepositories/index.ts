import {
  coreServices,
  createBackendPlugin,
  createServiceFactory,
  resolveSafeChildPath,
} from '@backstage/backend-plugin-api';
import { urlReaderFactoriesServiceRef } from '@backstage/backend-defaults/urlReader';
import { LocalFolderUrlReader } from '@readiness/plugin-readiness-backend-module-repository/testUtils';
import { Router } from 'express';
import { promises as fs } from 'fs';
import { resolve } from 'path';

/*
 * Demo only: the sample repositories in examples/repositories stand in for a code host, which
 * cannot be reached here. The backend reads them through a URL reader registered like any
 * other (urlReaderFactoriesServiceRef), and serves their files as plain text so the links in
 * automatic answers open. A real portal configures `integrations` instead.
 */

const PLUGIN_ID = 'demo-repositories';

/** The folder of the sample repositories: `demoRepositories.root`, relative to the backend's folder. */
const rootOf = (config: {
  getOptionalString(key: string): string | undefined;
}) =>
  resolve(
    config.getOptionalString('demoRepositories.root') ??
      '../../examples/repositories',
  );

/** The URL reader over the sample repositories, for URLs below this plugin's route. */
export const demoRepositoryReaders = createServiceFactory({
  service: urlReaderFactoriesServiceRef,
  deps: { config: coreServices.rootConfig },
  factory: ({ config }) =>
    LocalFolderUrlReader.factory({
      baseUrl: `${config.getString('backend.baseUrl')}/api/${PLUGIN_ID}/`,
      root: rootOf(config),
    }),
});

/** Serves the sample repositories' files as plain text, to anyone (they are sample data). */
export const demoRepositoriesPlugin = createBackendPlugin({
  pluginId: PLUGIN_ID,
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        httpRouter: coreServices.httpRouter,
      },
      async init({ config, httpRouter }) {
        const root = rootOf(config);
        const router = Router();
        router.get('/*', async (req, res) => {
          let file: string;
          try {
            file = resolveSafeChildPath(
              root,
              decodeURIComponent(req.path).replace(/^\/+/, ''),
            );
          } catch {
            res.status(404).end();
            return;
          }
          const stat = await fs.stat(file).catch(() => undefined);
          if (!stat?.isFile()) {
            res.status(404).type('text/plain').send('No such file');
            return;
          }
          res
            .type('text/plain; charset=utf-8')
            .set('X-Content-Type-Options', 'nosniff')
            .send(await fs.readFile(file, 'utf8'));
        });
        httpRouter.use(router);
        httpRouter.addAuthPolicy({ path: '/', allow: 'unauthenticated' });
      },
    });
  },
});
