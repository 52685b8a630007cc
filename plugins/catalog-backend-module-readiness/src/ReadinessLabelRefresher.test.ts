import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import {
  ReadinessLabelRefresher,
  readinessRefreshKey,
} from './ReadinessLabelRefresher';

describe('ReadinessLabelRefresher', () => {
  it('refreshes changed entities by their readiness key, a thousand keys a request', async () => {
    const requests: string[][] = [];
    const connection: EntityProviderConnection = {
      applyMutation: async () => {
        throw new Error('the refresher provides no entities');
      },
      refresh: async ({ keys }) => {
        requests.push(keys);
      },
    };
    const refresher = new ReadinessLabelRefresher({ maxEntities: 5000 });
    // Before the catalog connects there is nothing to refresh, and no error.
    await refresher.refresh(['component:default/a']);
    await refresher.connect(connection);

    await refresher.refresh(['Component:default/A']);
    expect(requests).toEqual([['readiness:component:default/a']]);

    const many = Array.from(
      { length: 2500 },
      (_, i) => `component:default/s${i}`,
    );
    await refresher.refresh(many);
    expect(requests.slice(1).map(keys => keys.length)).toEqual([
      1000, 1000, 500,
    ]);
    expect(requests[3][499]).toBe(
      readinessRefreshKey('component:default/s2499'),
    );
  });

  it('leaves a bulk rescore of more than 1,000 entities to the processing loop', async () => {
    const requests: string[][] = [];
    const refresher = new ReadinessLabelRefresher();
    await refresher.connect({
      applyMutation: async () => {},
      refresh: async ({ keys }) => {
        requests.push(keys);
      },
    });
    const refs = (n: number) =>
      Array.from({ length: n }, (_, i) => `component:default/s${i}`);
    await refresher.refresh(refs(1001));
    expect(requests).toEqual([]);
    await refresher.refresh(refs(1000));
    expect(requests.map(keys => keys.length)).toEqual([1000]);
  });
});
