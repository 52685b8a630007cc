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
    const refresher = new ReadinessLabelRefresher();
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
});
