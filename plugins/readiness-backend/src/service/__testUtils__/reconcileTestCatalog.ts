import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  ReadinessConfig,
  readReadinessConfig,
} from '../../config/readReadinessConfig';
import { SubjectStore } from '../../database/SubjectStore';
import { CatalogReconciler } from '../../subjects/CatalogReconciler';
import { SystemDomainCache } from '../../subjects/SystemDomainCache';
import { CatalogReader } from '../CatalogReader';
import { ScoreCalculator } from '../ScoreCalculator';

/** Settings with one checklist for every Component: q1 and q2 in section ops, weight 1 each. */
export const twoQuestionConfig: ReadinessConfig = readReadinessConfig(
  new ConfigReader({
    readiness: {
      defaultChecklist: { enabled: false },
      checklists: [
        {
          id: 'test',
          title: 'Test',
          appliesTo: [{ kind: 'Component' }],
          sections: [
            {
              id: 'ops',
              title: 'Operations',
              questions: [
                { id: 'q1', text: 'Question one' },
                { id: 'q2', text: 'Question two' },
              ],
            },
          ],
        },
      ],
    },
  }),
);

/** Runs the real reconcile once against an in-memory catalog of `entities`, at `at`. */
export function reconcileTestCatalog(options: {
  entities: Entity[];
  store: SubjectStore;
  config: ReadinessConfig;
  at: Date;
  pageSize?: number;
}) {
  const catalog = catalogServiceMock({ entities: options.entities });
  const reader = new CatalogReader({ catalog, auth: mockServices.auth() });
  return new CatalogReconciler({
    catalog,
    reader,
    auth: mockServices.auth(),
    store: options.store,
    calculator: new ScoreCalculator(options.config),
    domains: new SystemDomainCache({ catalog: reader }),
    config: options.config,
    logger: mockServices.logger.mock(),
    pageSize: options.pageSize,
    clock: () => options.at,
  }).reconcile();
}
