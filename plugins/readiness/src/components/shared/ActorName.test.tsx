import {
  EntityRefPresentationSnapshot,
  entityPresentationApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { ActorName } from './ActorName';

/**
 * A presentation API as the catalog's: a stand-in from the ref first, the title once loaded
 * (then also in every later snapshot, from its cache).
 */
function slowPresentation() {
  let title = 'guest';
  let resolve: () => void = () => {};
  const loaded = new Promise<EntityRefPresentationSnapshot>(done => {
    resolve = () => {
      title = 'Guest';
      done({ entityRef: 'user:default/guest', primaryTitle: title });
    };
  });
  const api = {
    forEntity: () => ({
      snapshot: { entityRef: 'user:default/guest', primaryTitle: title },
      promise: loaded,
    }),
  };
  return { api, load: resolve };
}

describe('ActorName', () => {
  it("shows a user's catalog name only once loaded, never the ref's stand-in first", async () => {
    const { api, load } = slowPresentation();
    await renderInTestApp(
      <TestApiProvider apis={[[entityPresentationApiRef, api]]}>
        answered by <ActorName principal="user:default/guest" />
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(screen.getByTestId('actor-name-loading')).toBeInTheDocument();
    expect(screen.queryByText('guest')).not.toBeInTheDocument();
    load();
    expect(await screen.findByRole('link', { name: 'Guest' })).toHaveAttribute(
      'href',
      '/catalog/default/user/guest',
    );
    expect(screen.queryByText('guest')).not.toBeInTheDocument();
  });

  it('names a service in words', async () => {
    await renderInTestApp(
      <ActorName principal="service:plugin:readiness-sample-data" />,
    );
    expect(
      screen.getByText('the readiness sample data plugin'),
    ).toBeInTheDocument();
  });
});
