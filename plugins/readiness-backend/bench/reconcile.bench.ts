/*
 * The catalog reconcile at ENTITIES catalog entities (10,000 by default), on SQLite and
 * PostgreSQL: the first run (every entity new), a run with nothing changed, and a run after
 * 10% of the entities changed owner. Prints the catalog requests each run made, and the system
 * look-ups per 10,000 rescored entities.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { readReadinessConfig } from '../src/config/readReadinessConfig';
import { createReadinessDatabase } from '../src/database/createReadinessDatabase';
import { createReadinessDomain } from '../src/domain/createReadinessDomain';
import { ScoreChangeBroadcaster } from '../src/domain/ScoreChangeBroadcaster';
import { EvidenceService } from '../src/evidence/EvidenceService';
import { CatalogReader } from '../src/service/CatalogReader';
import { CatalogReconciler } from '../src/subjects/CatalogReconciler';
import { SystemDomainCache } from '../src/subjects/SystemDomainCache';
import {
  ENTITIES,
  TEAMS,
  entityName,
  forEachBenchDatabase,
  runBench,
  silentLogger,
} from './benchBackend';
import { benchCatalog } from './benchCatalog';

const SYSTEMS = 200;

function catalogEntities(ownerShift: number): Entity[] {
  const systems: Entity[] = Array.from({ length: SYSTEMS }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: `system-${i}`, namespace: 'default' },
    spec: { owner: 'platform', domain: `domain-${i % 10}` },
    relations: [
      { type: 'partOf', targetRef: `domain:default/domain-${i % 10}` },
    ],
  }));
  const components: Entity[] = Array.from({ length: ENTITIES }, (_, i) => {
    // The first `ownerShift` entities moved to the next team.
    const owner = TEAMS[(i + (i < ownerShift ? 1 : 0)) % TEAMS.length];
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: entityName(i), namespace: 'default' },
      spec: {
        type: i % 4 === 0 ? 'website' : 'service',
        owner,
        system: `system-${i % SYSTEMS}`,
        lifecycle: 'production',
      },
      relations: [
        { type: 'ownedBy', targetRef: `group:default/${owner}` },
        { type: 'partOf', targetRef: `system:default/system-${i % SYSTEMS}` },
      ],
    };
  });
  return [...systems, ...components];
}

runBench(async () => {
  const config = readReadinessConfig(new ConfigReader({}));
  await forEachBenchDatabase(async knex => {
    const database = await createReadinessDatabase({
      database: mockServices.database({ knex, migrations: { skip: false } }),
    });
    const run = async (entities: Entity[]) => {
      const catalog: CatalogService = benchCatalog(entities);
      const reader = new CatalogReader({ catalog, auth: mockServices.auth() });
      const domains = new SystemDomainCache({ catalog: reader });
      const broadcaster = new ScoreChangeBroadcaster(silentLogger);
      const domain = createReadinessDomain({
        database,
        config,
        domains,
        broadcaster,
        // As in the plugin: the reconcile counts stored evidence (no providers run here).
        evidence: new EvidenceService({
          providers: [],
          store: database.evidence,
          logger: silentLogger,
          maxAgeMs: 60 * 60_000,
          getEntity: async () => undefined,
        }),
      });
      const summary = await new CatalogReconciler({
        catalog,
        reader,
        auth: mockServices.auth(),
        store: database.subjects,
        subjects: domain.subjects,
        keeper: domain.keeper,
        domains,
        logger: silentLogger,
      }).reconcile();
      await new Promise(resolve => setTimeout(resolve, 10));
      return { ...summary, systemLookups: domains.catalogLookups };
    };
    const first = await run(catalogEntities(0));
    const unchanged = await run(catalogEntities(0));
    const shifted = await run(catalogEntities(ENTITIES / 10));
    const rescored = first.added + shifted.changed;
    const per10k = (n: number) => ((n * 10_000) / rescored).toFixed(1);
    return {
      entities: ENTITIES,
      'first run (s)': (first.durationMs / 1000).toFixed(1),
      'first: catalog requests': first.catalogRequests,
      'unchanged run (s)': (unchanged.durationMs / 1000).toFixed(1),
      '10% changed (s)': (shifted.durationMs / 1000).toFixed(1),
      'changed: rescored': shifted.changed,
      'system look-ups / 10k rescored': per10k(
        first.systemLookups + shifted.systemLookups,
      ),
    };
  });
});
