import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import {
  ReadinessConfig,
  readReadinessConfig,
} from '../../config/readReadinessConfig';
import { ReadinessDatabase } from '../../database/createReadinessDatabase';
import { ScoreChangeListener } from '../../domain/ScoreChange';
import { CatalogReconciler } from '../../subjects/CatalogReconciler';
import { domainOn } from './testDomain';

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

/** The real reconcile against an in-memory catalog of `entities`, at `at`. */
function testReconciler(options: {
  entities: Entity[];
  database: ReadinessDatabase;
  config: ReadinessConfig;
  at: Date;
  pageSize?: number;
  onScoresChanged?: ScoreChangeListener;
}) {
  const { domain, catalog, reader, domains } = domainOn(options.database, {
    config: options.config,
    entities: options.entities,
    clock: () => options.at,
    onScoresChanged: options.onScoresChanged,
  });
  return new CatalogReconciler({
    catalog,
    reader,
    auth: mockServices.auth(),
    store: options.database.subjects,
    subjects: domain.subjects,
    keeper: domain.keeper,
    domains,
    logger: mockServices.logger.mock(),
    pageSize: options.pageSize,
    clock: () => options.at,
  });
}

/** Runs the real reconcile once against an in-memory catalog of `entities`, at `at`. */
export function reconcileTestCatalog(options: {
  entities: Entity[];
  database: ReadinessDatabase;
  config: ReadinessConfig;
  at: Date;
  pageSize?: number;
}) {
  return testReconciler(options).reconcile();
}
