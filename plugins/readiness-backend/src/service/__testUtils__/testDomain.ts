import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { ReadinessConfig } from '../../config/readReadinessConfig';
import { createReadinessDatabase } from '../../database/createReadinessDatabase';
import { createReadinessDomain } from '../../domain/createReadinessDomain';
import { ScoreChangeListener } from '../../domain/ScoreChange';
import { ScoreChangeBroadcaster } from '../../domain/ScoreChangeBroadcaster';
import { SystemDomainCache } from '../../subjects/SystemDomainCache';
import { CatalogReader } from '../CatalogReader';

/**
 * The real stores (migrated) and domain on a test database, with an in-memory catalog for the
 * system look-ups.
 */
export async function testDomain(options: {
  knex: Knex;
  config: ReadinessConfig;
  entities?: Entity[];
  clock?: () => Date;
  onScoresChanged?: ScoreChangeListener;
}) {
  const database = await createReadinessDatabase({
    database: mockServices.database({
      knex: options.knex,
      migrations: { skip: false },
    }),
  });
  const catalog = catalogServiceMock({ entities: options.entities ?? [] });
  const broadcaster = new ScoreChangeBroadcaster(mockServices.logger.mock());
  if (options.onScoresChanged) {
    broadcaster.addListener(options.onScoresChanged);
  }
  const domain = createReadinessDomain({
    database,
    config: options.config,
    domains: new SystemDomainCache({
      catalog: new CatalogReader({ catalog, auth: mockServices.auth() }),
    }),
    broadcaster,
    clock: options.clock,
  });
  return { database, domain };
}
