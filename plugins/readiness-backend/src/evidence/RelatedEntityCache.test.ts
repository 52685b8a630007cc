import { Entity } from '@backstage/catalog-model';
import { RelatedEntityCache } from './RelatedEntityCache';

const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name },
  spec: { type: 'team', children: [] },
});

function cacheWith(options: { ttlMs?: number; maxEntries?: number } = {}) {
  let now = 0;
  const loads: string[] = [];
  let failing = false;
  const cache = new RelatedEntityCache({
    load: async ref => {
      loads.push(ref);
      if (failing) throw new Error('catalog down');
      return group(ref.split('/')[1]);
    },
    clock: () => now,
    ...options,
  });
  return {
    cache,
    loads,
    advance: (ms: number) => {
      now += ms;
    },
    fail: (value: boolean) => {
      failing = value;
    },
  };
}

describe('RelatedEntityCache', () => {
  it('asks the catalog once per entity within the time to live, whatever the case', async () => {
    const { cache, loads, advance } = cacheWith({ ttlMs: 1000 });
    await Promise.all([
      cache.get('group:default/team-a'),
      cache.get('group:default/team-a'),
    ]);
    expect((await cache.get('Group:default/TEAM-A'))?.metadata.name).toBe(
      'team-a',
    );
    expect(loads).toEqual(['group:default/team-a']);
    advance(1000);
    await cache.get('group:default/team-a');
    expect(loads).toHaveLength(2);
  });

  it('does not remember a failed lookup', async () => {
    const { cache, loads, fail } = cacheWith();
    fail(true);
    await expect(cache.get('group:default/team-a')).rejects.toThrow(
      'catalog down',
    );
    fail(false);
    expect((await cache.get('group:default/team-a'))?.metadata.name).toBe(
      'team-a',
    );
    expect(loads).toHaveLength(2);
  });

  it('forgets the oldest entries beyond its size', async () => {
    const { cache, loads } = cacheWith({ maxEntries: 2 });
    await cache.get('group:default/a');
    await cache.get('group:default/b');
    await cache.get('group:default/c');
    await cache.get('group:default/c');
    await cache.get('group:default/b');
    expect(loads).toEqual([
      'group:default/a',
      'group:default/b',
      'group:default/c',
    ]);
    await cache.get('group:default/a');
    expect(loads).toHaveLength(4);
  });
});
