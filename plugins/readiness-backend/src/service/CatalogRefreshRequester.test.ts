import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogRefreshRequester } from './CatalogRefreshRequester';

describe('CatalogRefreshRequester', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const change = (entityRef: string) => ({
    entityRef,
    score: 50,
    level: 'bronze',
  });

  it('asks for one refresh per entity after the delay, as the plugin', async () => {
    const catalog = catalogServiceMock.mock();
    const requester = new CatalogRefreshRequester({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      delayMs: 3000,
    });

    requester.onScoresChanged([change('component:default/a')]);
    requester.onScoresChanged([
      change('component:default/a'),
      change('component:default/b'),
    ]);
    jest.advanceTimersByTime(2999);
    expect(catalog.refreshEntity).not.toHaveBeenCalled();

    await jest.advanceTimersByTimeAsync(1);
    expect(catalog.refreshEntity.mock.calls.map(c => c[0]).sort()).toEqual([
      'component:default/a',
      'component:default/b',
    ]);
    const { credentials } = catalog.refreshEntity.mock.calls[0][1] as {
      credentials: { principal: { type: string; subject: string } };
    };
    expect(credentials.principal).toMatchObject({
      type: 'service',
      subject: 'plugin:test',
    });

    requester.onScoresChanged([change('component:default/a')]);
    await jest.advanceTimersByTimeAsync(3000);
    expect(catalog.refreshEntity).toHaveBeenCalledTimes(3);
  });

  it('logs a failed request and carries on', async () => {
    const catalog = catalogServiceMock.mock({
      refreshEntity: async () => {
        throw new Error('catalog unavailable');
      },
    });
    const logger = mockServices.logger.mock();
    const requester = new CatalogRefreshRequester({
      catalog,
      auth: mockServices.auth(),
      logger,
      delayMs: 10,
    });
    requester.onScoresChanged([change('component:default/a')]);
    await jest.advanceTimersByTimeAsync(10);
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not request a catalog refresh of component:default/a: Error: catalog unavailable',
    );
  });

  it('drops pending refreshes when stopped', async () => {
    const catalog = catalogServiceMock.mock();
    const requester = new CatalogRefreshRequester({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      delayMs: 10,
    });
    requester.onScoresChanged([change('component:default/a')]);
    requester.stop();
    await jest.advanceTimersByTimeAsync(100);
    expect(catalog.refreshEntity).not.toHaveBeenCalled();
  });
});
