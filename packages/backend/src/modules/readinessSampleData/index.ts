import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { readinessClientForService } from '@readiness/plugin-readiness-node';
import fs from 'fs';
import { parse } from 'yaml';
import { SampleProfile, sampleAnswers } from './sampleAnswers';

/**
 * Development only: once the sample catalog is loaded, answers the checklist for the sample
 * components through the Readiness API, as a service would. Enabled by
 * `readinessSampleData.enabled` in app-config.yaml; production config leaves it off.
 */
export default createBackendPlugin({
  pluginId: 'readiness-sample-data',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.rootLifecycle,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        catalog: catalogServiceRef,
      },
      async init({ config, logger, lifecycle, auth, discovery, catalog }) {
        if (!config.getOptionalBoolean('readinessSampleData.enabled')) {
          return;
        }
        const file = config.getString('readinessSampleData.profilesFile');
        const sample: {
          profiles: Record<string, SampleProfile>;
          exemptionRequests?: {
            entity: string;
            questionId: string;
            note: string;
          }[];
        } = parse(fs.readFileSync(file, 'utf8'));
        const { profiles } = sample;

        const load = async () => {
          const credentials = await auth.getOwnServiceCredentials();
          // The catalog ingests the sample files shortly after start-up; wait for them.
          for (let attempt = 0; attempt < 60; attempt++) {
            const { items } = await catalog.getEntities(
              { filter: { kind: 'Component' }, fields: ['metadata.name'] },
              { credentials },
            );
            const present = new Set(items.map(e => e.metadata.name));
            if (Object.keys(profiles).every(name => present.has(name))) break;
            await new Promise(resolve => setTimeout(resolve, 2000));
          }
          const readiness = readinessClientForService({ discovery, auth });
          let loaded = 0;
          for (const [name, profile] of Object.entries(profiles)) {
            const entityRef = `component:default/${name}`;
            try {
              const current = await readiness.getEntityReadiness(entityRef);
              // Skip entities people have answered already (automatic answers do not count).
              if (current.answers.some(a => a.source === 'person')) continue;
              // The checklist as asked of this entity: a library is not asked about databases.
              const checklist = current.checklist;
              if (!checklist) continue;
              await readiness.writeAnswers(
                entityRef,
                checklist.id,
                sampleAnswers(
                  name,
                  profile,
                  checklist,
                  new Map(
                    current.answers
                      .filter(a => a.source === 'evidence')
                      .map(a => [a.questionId, a.status]),
                  ),
                ),
              );
              loaded += 1;
            } catch (error) {
              logger.warn(`Sample answers for ${name}: ${error}`);
            }
          }
          for (const request of sample.exemptionRequests ?? []) {
            const entityRef = `component:default/${request.entity}`;
            try {
              const current = await readiness.getEntityReadiness(entityRef);
              const existing = current.answers.find(
                a => a.questionId === request.questionId,
              );
              if (existing?.source === 'person' && existing.status === 'na') {
                continue;
              }
              await readiness.writeAnswers(entityRef, current.checklist!.id, [
                {
                  questionId: request.questionId,
                  status: 'na',
                  note: request.note,
                  expectedVersion:
                    existing?.source === 'person' ? existing.version : 0,
                },
              ]);
            } catch (error) {
              logger.warn(
                `Sample exemption request for ${request.entity}: ${error}`,
              );
            }
          }
          logger.info(
            `Loaded sample readiness answers for ${loaded} components`,
          );
        };

        lifecycle.addStartupHook(() => {
          load().catch(error =>
            logger.error(`Loading sample readiness answers failed: ${error}`),
          );
        });
      },
    });
  },
});
