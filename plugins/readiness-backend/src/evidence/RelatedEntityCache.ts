import { Entity } from '@backstage/catalog-model';

const DEFAULT_TTL_MS = 60_000;
const DEFAULT_MAX_ENTRIES = 5_000;

/**
 * The entities evidence providers look up (owner groups, systems), remembered for a minute.
 * An evidence run over 10,000 entities asks about the same few hundred groups and systems;
 * asking the catalog every time cost two catalog requests per entity. A minute is well inside
 * the evidence's own maximum age, so answers are no staler for it. Lookups of one entity at the
 * same time share one request; a failed lookup is not remembered.
 */
export class RelatedEntityCache {
  private readonly entries = new Map<
    string,
    { entity: Promise<Entity | undefined>; until: number }
  >();

  constructor(
    private readonly options: {
      load: (entityRef: string) => Promise<Entity | undefined>;
      ttlMs?: number;
      maxEntries?: number;
      clock?: () => number;
    },
  ) {}

  readonly get = (entityRef: string): Promise<Entity | undefined> => {
    const key = entityRef.toLocaleLowerCase('en-US');
    const now = this.now();
    const cached = this.entries.get(key);
    if (cached && cached.until > now) {
      return cached.entity;
    }
    const entity = this.options.load(entityRef);
    this.entries.delete(key);
    this.entries.set(key, {
      entity,
      until: now + (this.options.ttlMs ?? DEFAULT_TTL_MS),
    });
    entity.catch(() => {
      if (this.entries.get(key)?.entity === entity) {
        this.entries.delete(key);
      }
    });
    // Maps iterate in insertion order: the first key is the oldest entry.
    if (this.entries.size > (this.options.maxEntries ?? DEFAULT_MAX_ENTRIES)) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return entity;
  };

  private now() {
    return this.options.clock?.() ?? Date.now();
  }
}
