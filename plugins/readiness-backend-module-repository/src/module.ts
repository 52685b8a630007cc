import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { readinessEvidenceExtensionPoint } from '@readiness/plugin-readiness-node';
import { readRepositoryConfig } from './config/readRepositoryConfig';
import { RepositoryEvidenceProvider } from './RepositoryEvidenceProvider';
import { RepositoryReadPool } from './repository/RepositoryReadPool';

/**
 * Answers readiness questions from each entity's repository, read through the backend's URL
 * readers (so through every integration the adopter configured).
 *
 * @public
 */
export const readinessModuleRepository = createBackendModule({
  pluginId: 'readiness',
  moduleId: 'repository',
  register(env) {
    env.registerInit({
      deps: {
        evidence: readinessEvidenceExtensionPoint,
        urlReader: coreServices.urlReader,
        config: coreServices.rootConfig,
      },
      async init({ evidence, urlReader, config }) {
        const settings = readRepositoryConfig(config);
        evidence.addEvidenceProvider(
          new RepositoryEvidenceProvider({
            rules: settings.rules,
            pool: new RepositoryReadPool({ ...settings, reader: urlReader }),
            integrations: ScmIntegrations.fromConfig(config),
          }),
        );
      },
    });
  },
});
