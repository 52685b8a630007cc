import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogRefreshRequester } from './CatalogRefreshRequester';

describe('CatalogRefreshRequester', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const change = (entityRef: string) => ({
    cause: 'person' as const,
    entityRef,
    score: 50,
    level: 'bronze',
    stale: 0,
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

  it('retries a refresh lost to a catalog outage, with a doubling delay', async () => {
    const catalog = catalogServiceMock.mock();
    catalog.refreshEntity
      .mockRejectedValueOnce(new Error('connect ECONNREFUSED'))
      .mockRejectedValueOnce(new Error('503 Service Unavailable'))
      .mockResolvedValue(undefined);
    const requester = new CatalogRefreshRequester({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      delayMs: 1000,
    });
    requester.onScoresChanged([change('component:default/a')]);
    await jest.advanceTimersByTimeAsync(1000);
    expect(catalog.refreshEntity).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1999);
    expect(catalog.refreshEntity).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(catalog.refreshEntity).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(4000);
    expect(catalog.refreshEntity).toHaveBeenCalledTimes(3);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(catalog.refreshEntity).toHaveBeenCalledTimes(3);
  });

  it('gives up after maxAttempts and leaves the entity to the catalog loop', async () => {
    const catalog = catalogServiceMock.mock();
    catalog.refreshEntity.mockRejectedValue(new Error('down'));
    const logger = mockServices.logger.mock();
    const requester = new CatalogRefreshRequester({
      catalog,
      auth: mockServices.auth(),
      logger,
      delayMs: 1000,
      maxAttempts: 3,
    });
    requester.onScoresChanged([change('component:default/a')]);
    await jest.advanceTimersByTimeAsync(1000 + 2000 + 4000 + 60_000);
    expect(catalog.refreshEntity).toHaveBeenCalledTimes(3);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('after 3 attempts'),
    );
  });

  it("sends no refresh for the reconcile's bulk rescores", async () => {
    const catalog = catalogServiceMock.mock();
    const requester = new CatalogRefreshRequester({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      delayMs: 10,
    });
    for (const cause of ['reconcile', 'evidence', 'refresh'] as const) {
      requester.onScoresChanged(
        Array.from({ length: 500 }, (_, i) => ({
          ...change(`component:default/${cause}${i}`),
          cause,
        })),
      );
    }
    requester.onScoresChanged([
      { ...change('component:default/a'), cause: 'person' },
    ]);
    await jest.advanceTimersByTimeAsync(10);
    expect(catalog.refreshEntity.mock.calls.map(c => c[0])).toEqual([
      'component:default/a',
    ]);
  });

  it('makes 6 attempts in all by default', async () => {
    const catalog = catalogServiceMock.mock();
    catalog.refreshEntity.mockRejectedValue(new Error('down'));
    const requester = new CatalogRefreshRequester({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      delayMs: 1000,
    });
    requester.onScoresChanged([change('component:default/a')]);
    // 1 s, then 2, 4, 8, 16 and 32 s between attempts.
    await jest.advanceTimersByTimeAsync(
      1000 + 2000 + 4000 + 8000 + 16000 + 32000,
    );
    expect(catalog.refreshEntity).toHaveBeenCalledTimes(6);
    await jest.advanceTimersByTimeAsync(600_000);
    expect(catalog.refreshEntity).toHaveBeenCalledTimes(6);
  });
});
