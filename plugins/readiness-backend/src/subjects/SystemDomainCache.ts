import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogReader } from '../service/CatalogReader';
import { domainOfSystem } from './subjectOfEntity';

const DEFAULT_TTL_MS = 10 * 60_000;

/**
 * The domain of each system, remembered for a while: every write stores its entity's domain,
 * and asking the catalog for the system on every write made a mass rescore cost one catalog
 * request per entity. The reconcile fills the cache from its own walk of the systems. A cache
 * per replica is fine: a domain change reaches every stored score with the next reconcile.
 */
export class SystemDomainCache {
  private readonly entries = new Map<
    string,
    { domain: string | undefined; until: number }
  >();
  private readonly refs = new Map<string, string>();
  private lookups = 0;

  constructor(
    private readonly options: {
      catalog: CatalogReader;
      ttlMs?: number;
      clock?: () => number;
    },
  ) {}

  /** Catalog look-ups made so far (for the bench). */
  get catalogLookups() {
    return this.lookups;
  }

  async domainOf(system: string): Promise<string | undefined> {
    const ref = this.refOf(system);
    const cached = this.entries.get(ref);
    if (cached && cached.until > this.now()) {
      return cached.domain;
    }
    this.lookups += 1;
    const entity = await this.options.catalog.findOwnEntity(ref);
    const domain = entity ? domainOfSystem(entity) : undefined;
    this.remember(ref, domain);
    return domain;
  }

  /** The full ref of a system as entities name it; remembered, since every entity asks. */
  private refOf(system: string): string {
    let ref = this.refs.get(system);
    if (ref === undefined) {
      ref = stringifyEntityRef(
        parseEntityRef(system, {
          defaultKind: 'system',
          defaultNamespace: 'default',
        }),
      ).toLocaleLowerCase('en-US');
      this.refs.set(system, ref);
    }
    return ref;
  }

  remember(systemRef: string, domain: string | undefined) {
    this.entries.set(systemRef.toLocaleLowerCase('en-US'), {
      domain,
      until: this.now() + (this.options.ttlMs ?? DEFAULT_TTL_MS),
    });
  }

  private now() {
    return this.options.clock?.() ?? Date.now();
  }
}
