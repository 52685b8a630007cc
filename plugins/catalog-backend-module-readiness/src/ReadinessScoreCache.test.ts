import { LabelScore, ScoreSource } from './ScoreSource';
import { ReadinessScoreCache } from './ReadinessScoreCache';

/** A score source backed by a list, recording every read. */
class ListScoreSource implements ScoreSource {
  readonly reads: (string | undefined)[] = [];
  targetReads = 0;
  failing?: Error;
  constructor(public scores: (LabelScore & { scoredAt: number })[] = []) {}

  async getChecklistTargets() {
    this.targetReads += 1;
    return [
      [{ kind: 'Component', types: ['service', 'website'] }],
      [{ kind: 'API' }],
    ];
  }

  async getScores({ scoredSince }: { scoredSince?: string }) {
    this.reads.push(scoredSince);
    if (this.failing) {
      throw this.failing;
    }
    const since = scoredSince ? Date.parse(scoredSince) : -Infinity;
    return this.scores
      .filter(s => s.scoredAt >= since)
      .map(({ scoredAt: _, ...score }) => score);
  }
}

const score = (name: string, level: string | null, scoredAt: number) => ({
  entityRef: `component:default/${name}`,
  level,
  score: 50,
  assessment: 'assessed' as const,
  scoredAt,
});

describe('ReadinessScoreCache', () => {
  let now: number;
  beforeEach(() => {
    now = Date.parse('2026-11-01T12:00:00Z');
  });

  const make = (source: ListScoreSource, onStale?: (e: Error) => void) =>
    new ReadinessScoreCache({
      source,
      maxAgeMs: 1000,
      overlapMs: 60_000,
      clock: () => now,
      onStale,
    });

  it('reads everything once, then only what changed, at most once per max age', async () => {
    const source = new ListScoreSource([score('a', 'gold', now - 5000)]);
    const cache = make(source);

    expect((await cache.get('component:default/a'))?.level).toBe('gold');
    expect(await cache.get('Component:default/A')).toMatchObject({
      level: 'gold',
    });
    expect(await cache.get('component:default/missing')).toBeUndefined();
    expect(source.reads).toEqual([undefined]);

    source.scores.push(score('b', 'bronze', now + 500));
    now += 1001;
    expect((await cache.get('component:default/b'))?.level).toBe('bronze');
    // The second read asks for scores computed since the first read started, minus the overlap.
    expect(source.reads).toEqual([
      undefined,
      new Date(now - 1001 - 60_000).toISOString(),
    ]);
  });

  it('tells which entities got other labels on each incremental read, not on the first', async () => {
    const source = new ListScoreSource([
      score('a', 'gold', now - 5000),
      score('b', null, now - 5000),
    ]);
    const changes: string[][] = [];
    const cache = new ReadinessScoreCache({
      source,
      maxAgeMs: 1000,
      overlapMs: 60_000,
      clock: () => now,
      onChange: refs => changes.push(refs),
    });
    await cache.update();
    expect(changes).toEqual([]);

    // a is read again (within the overlap) with the same figures; b went up; c is new.
    source.scores = [
      score('a', 'gold', now - 500),
      { ...score('b', 'bronze', now + 100), entityRef: 'Component:default/B' },
      score('c', null, now + 200),
    ];
    now += 1001;
    await cache.update();
    expect(changes).toEqual([['component:default/b', 'component:default/c']]);

    // Nothing newer: no read within the max age, and no change after it.
    await cache.update();
    now += 1001;
    source.scores = [];
    await cache.update();
    expect(changes).toHaveLength(1);
    expect(source.reads).toHaveLength(3);
  });

  it('shares one read between concurrent callers', async () => {
    const source = new ListScoreSource([score('a', 'silver', now)]);
    const cache = make(source);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => cache.get('component:default/a')),
    );
    expect(results.every(r => r?.level === 'silver')).toBe(true);
    expect(source.reads).toHaveLength(1);
  });

  it('serves the older copy when a later read fails, and throws when none ever worked', async () => {
    const source = new ListScoreSource([score('a', 'silver', now)]);
    source.failing = new Error('readiness backend is down');
    const stale = jest.fn();
    const cache = make(source, stale);
    await expect(cache.get('component:default/a')).rejects.toThrow(
      'readiness backend is down',
    );

    source.failing = undefined;
    now += 1001;
    expect((await cache.get('component:default/a'))?.level).toBe('silver');

    source.failing = new Error('timeout');
    now += 1001;
    expect((await cache.get('component:default/a'))?.level).toBe('silver');
    expect(stale).toHaveBeenCalledWith(new Error('timeout'));
  });

  it('knows which entities a checklist applies to, and rereads checklists rarely', async () => {
    const source = new ListScoreSource();
    const cache = make(source);
    const entity = (kind: string, type?: string) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name: 'x' },
      spec: type ? { type } : {},
    });
    expect(await cache.appliesTo(entity('Component', 'service'))).toBe(true);
    expect(await cache.appliesTo(entity('component', 'website'))).toBe(true);
    expect(await cache.appliesTo(entity('Component', 'library'))).toBe(false);
    expect(await cache.appliesTo(entity('Component'))).toBe(false);
    expect(await cache.appliesTo(entity('API', 'openapi'))).toBe(true);
    expect(await cache.appliesTo(entity('Group'))).toBe(false);
    expect(source.targetReads).toBe(1);
    now += 300_001;
    await cache.appliesTo(entity('Group'));
    expect(source.targetReads).toBe(2);
  });
});
