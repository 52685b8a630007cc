import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { ReadinessConfig } from '../../config/readReadinessConfig';
import {
  createReadinessDatabase,
  ReadinessDatabase,
} from '../../database/createReadinessDatabase';
import { createReadinessDomain } from '../../domain/createReadinessDomain';
import { ScoreChangeListener } from '../../domain/ScoreChange';
import { ScoreChangeBroadcaster } from '../../domain/ScoreChangeBroadcaster';
import { EvidenceService } from '../../evidence/EvidenceService';
import { SystemDomainCache } from '../../subjects/SystemDomainCache';
import { CatalogReader } from '../CatalogReader';

export type TestDomainOptions = {
  config: ReadinessConfig;
  entities?: Entity[];
  clock?: () => Date;
  onScoresChanged?: ScoreChangeListener;
};

/**
 * The real domain on the given stores, wired as the plugin wires it, with an in-memory catalog
 * for the system look-ups and an evidence service without providers (so stored evidence counts).
 */
export function domainOn(
  database: ReadinessDatabase,
  options: TestDomainOptions,
) {
  const catalog = catalogServiceMock({ entities: options.entities ?? [] });
  const reader = new CatalogReader({ catalog, auth: mockServices.auth() });
  const domains = new SystemDomainCache({ catalog: reader });
  const broadcaster = new ScoreChangeBroadcaster(mockServices.logger.mock());
  if (options.onScoresChanged) {
    broadcaster.addListener(options.onScoresChanged);
  }
  const domain = createReadinessDomain({
    database,
    config: options.config,
    domains,
    broadcaster,
    evidence: new EvidenceService({
      providers: [],
      store: database.evidence,
      logger: mockServices.logger.mock(),
      maxAgeMs: 60 * 60_000,
      getEntity: async ref =>
        (await catalog.getEntityByRef(ref, {
          credentials: mockCredentials.none(),
        })) ?? undefined,
    }),
    clock: options.clock,
  });
  return { domain, catalog, reader, domains };
}

/** The real stores (migrated) and domain on a test database. */
export async function testDomain(options: TestDomainOptions & { knex: Knex }) {
  const database = await createReadinessDatabase({
    database: mockServices.database({
      knex: options.knex,
      migrations: { skip: false },
    }),
  });
  return { database, domain: domainOn(database, options).domain };
}
