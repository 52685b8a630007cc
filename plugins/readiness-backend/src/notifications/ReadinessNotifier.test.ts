import { mockServices } from '@backstage/backend-test-utils';
import { DEFAULT_LEVELS } from '@readiness/plugin-readiness-common';
import { ReadinessNotifier } from './ReadinessNotifier';

const flush = () => new Promise(resolve => setImmediate(resolve));

describe('ReadinessNotifier', () => {
  const setup = (send = jest.fn(async () => {})) => {
    const logger = mockServices.logger.mock();
    const notifier = new ReadinessNotifier({
      notifications: { send },
      logger,
      levels: DEFAULT_LEVELS,
    });
    return { notifier, send, logger };
  };

  it('tells the owning group when an entity drops a level', async () => {
    const { notifier, send } = setup();
    notifier.onScoresChanged([
      {
        entityRef: 'component:default/checkout-api',
        cause: 'refresh',
        score: 62.5,
        level: 'bronze',
        owner: 'group:default/payments',
        stale: 12,
        previous: { score: null, level: 'gold', stale: 2 },
      },
    ]);
    await flush();
    expect(send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: 'group:default/payments' },
      payload: {
        title: 'checkout-api dropped from Gold to Bronze',
        description:
          '10 answers went stale and need review. The readiness score is now 62.5%. Confirm or update the answers on the Readiness tab.',
        link: '/catalog/default/component/checkout-api/readiness',
        severity: 'normal',
        topic: 'readiness',
        scope: 'readiness:component:default/checkout-api',
      },
    });
  });

  it('tells them when answers go stale without a level change', async () => {
    const { notifier, send } = setup();
    notifier.onScoresChanged([
      {
        entityRef: 'component:default/indexer',
        cause: 'refresh',
        score: 40,
        level: null,
        owner: 'search',
        stale: 1,
        previous: { score: null, level: null, stale: 0 },
      },
    ]);
    await flush();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]).toMatchObject([
      {
        recipients: { entityRef: 'group:default/search' },
        payload: {
          title: 'indexer: readiness answers need review',
          description:
            '1 answer went stale and needs review. Confirm them on the Readiness tab to keep their credit.',
        },
      },
    ]);
  });

  it('stays quiet for writes by people, the reconcile, rises and refreshes that change nothing', async () => {
    const { notifier, send } = setup();
    notifier.onScoresChanged([
      {
        cause: 'person',
        entityRef: 'component:default/a',
        score: 10,
        level: null,
        owner: 'x',
        stale: 0,
        previous: { score: 80, level: 'silver', stale: 0 },
      },
      {
        cause: 'reconcile',
        entityRef: 'component:default/c',
        score: 0,
        level: null,
        owner: 'x',
        stale: 3,
        previous: { score: 90, level: 'gold', stale: 0 },
      },
      {
        entityRef: 'component:default/b',
        cause: 'refresh',
        score: 95,
        level: 'gold',
        owner: 'x',
        stale: 0,
        previous: { score: null, level: 'silver', stale: 0 },
      },
    ]);
    await flush();
    expect(send).not.toHaveBeenCalled();
  });

  it('does not break when the notifications backend is missing', async () => {
    const { notifier, logger } = setup(
      jest.fn(async () => {
        throw new Error('Request failed with 404 Not Found');
      }),
    );
    notifier.onScoresChanged([
      {
        cause: 'evidence',
        entityRef: 'component:default/a',
        score: 0,
        level: null,
        owner: 'group:default/x',
        stale: 0,
        previous: { score: 30, level: 'bronze', stale: 0 },
      },
    ]);
    await flush();
    expect(logger.debug).toHaveBeenCalledWith(
      'Readiness notification for component:default/a not sent: Error: Request failed with 404 Not Found',
    );
  });
});
