import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import {
  ReadinessLabelRefresher,
  readinessRefreshKey,
} from './ReadinessLabelRefresher';

const refs = (n: number, prefix = 's') =>
  Array.from({ length: n }, (_, i) => `component:default/${prefix}${i}`);

function recordingConnection(requests: string[][]): EntityProviderConnection {
  return {
    applyMutation: async () => {
      throw new Error('the refresher provides no entities');
    },
    refresh: async ({ keys }) => {
      requests.push(keys);
    },
  };
}

describe('ReadinessLabelRefresher', () => {
  it('refreshes changed entities by their readiness key, a thousand keys a request', async () => {
    const requests: string[][] = [];
    const refresher = new ReadinessLabelRefresher({
      maxRefreshesPerMinute: 5000,
    });
    // Before the catalog connects there is nothing to refresh, and no error.
    expect(await refresher.refresh(['component:default/a'])).toBe(0);
    await refresher.connect(recordingConnection(requests));

    expect(await refresher.refresh(['Component:default/A'])).toBe(1);
    expect(requests).toEqual([['readiness:component:default/a']]);

    expect(await refresher.refresh(refs(2500))).toBe(2500);
    expect(requests.slice(1).map(keys => keys.length)).toEqual([
      1000, 1000, 500,
    ]);
    expect(requests[3][499]).toBe(
      readinessRefreshKey('component:default/s2499'),
    );
  });

  it('refreshes at most 300 entities a minute and leaves the rest to the processing loop', async () => {
    const requests: string[][] = [];
    let now = 1_000_000;
    const refresher = new ReadinessLabelRefresher({ now: () => now });
    await refresher.connect(recordingConnection(requests));

    // A bulk rescore read over many short reads: the first 300 changes of the minute are
    // refreshed, then nothing until the minute has passed.
    const refreshed: number[] = [];
    for (let second = 0; second < 10; second += 1) {
      refreshed.push(await refresher.refresh(refs(100, `t${second}-`)));
      now += 1000;
    }
    expect(refreshed).toEqual([100, 100, 100, 0, 0, 0, 0, 0, 0, 0]);
    expect(requests.flat()).toHaveLength(300);
    expect(requests[2][99]).toBe(
      readinessRefreshKey('component:default/t2-99'),
    );

    // A person's answer during the bulk rescore waits for the loop too.
    now = 1_059_999;
    expect(await refresher.refresh(['component:default/person'])).toBe(0);
    // A minute after the first refresh its 100 are back in the budget.
    now = 1_060_000;
    expect(await refresher.refresh(refs(150, 'u'))).toBe(100);
    now = 1_061_000;
    expect(await refresher.refresh(['component:default/person'])).toBe(1);
    expect(requests.flat()).toHaveLength(401);
  });

  it('takes a smaller or larger budget', async () => {
    const requests: string[][] = [];
    const small = new ReadinessLabelRefresher({
      maxRefreshesPerMinute: 2,
      now: () => 0,
    });
    await small.connect(recordingConnection(requests));
    expect(await small.refresh(refs(3))).toBe(2);
    expect(requests).toEqual([
      [
        readinessRefreshKey('component:default/s0'),
        readinessRefreshKey('component:default/s1'),
      ],
    ]);
    const none = new ReadinessLabelRefresher({ maxRefreshesPerMinute: 0 });
    await none.connect(recordingConnection(requests));
    expect(await none.refresh(refs(1))).toBe(0);
    expect(requests).toHaveLength(1);
  });
});
