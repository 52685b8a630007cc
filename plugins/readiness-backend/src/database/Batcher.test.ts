import { Batcher } from './Batcher';

describe('Batcher', () => {
  it('runs an item alone at once, and what arrives meanwhile in the next batch', async () => {
    const batches: number[][] = [];
    let release = () => {};
    const commit = new Batcher<number, string>(
      async items => {
        batches.push(items);
        if (batches.length === 1) {
          await new Promise<void>(resolve => {
            release = resolve;
          });
        }
        return items.map(i => `stored ${i}`);
      },
      { maxBatch: 3 },
    );

    const first = commit.add(1);
    await new Promise(resolve => setTimeout(resolve, 0));
    const rest = [2, 3, 4, 5].map(i => commit.add(i));
    expect(batches).toEqual([[1]]);
    release();
    expect(await first).toBe('stored 1');
    expect(await Promise.all(rest)).toEqual([
      'stored 2',
      'stored 3',
      'stored 4',
      'stored 5',
    ]);
    // One batch at a time, at most three items each.
    expect(batches).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('fails every item of a batch that failed, and goes on with the next', async () => {
    let calls = 0;
    const commit = new Batcher<number, number>(
      async items => {
        calls += 1;
        if (calls === 1) {
          throw new Error('database down');
        }
        return items;
      },
      { maxBatch: 10 },
    );
    const failed = commit.add(1).catch((error: Error) => error.message);
    await new Promise(resolve => setTimeout(resolve, 0));
    const next = commit.add(2);
    expect(await failed).toBe('database down');
    expect(await next).toBe(2);
  });

  it('waits for its hook before each batch (people first), and gathers what arrives meanwhile', async () => {
    const batches: number[][] = [];
    let idle = () => {};
    const batcher = new Batcher<number, void>(
      async items => {
        batches.push(items);
        return items.map(() => undefined);
      },
      {
        maxBatch: 10,
        beforeEach: () =>
          new Promise<void>(resolve => {
            idle = resolve;
          }),
      },
    );
    const all = [1, 2, 3].map(i => batcher.add(i));
    await new Promise(resolve => setTimeout(resolve, 10));
    expect(batches).toEqual([]);
    idle();
    await Promise.all(all);
    expect(batches).toEqual([[1, 2, 3]]);
  });
});
