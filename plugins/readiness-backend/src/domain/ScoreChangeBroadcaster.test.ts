import { mockServices } from '@backstage/backend-test-utils';
import { ScoreChange } from './ScoreChange';
import { ScoreChangeBroadcaster } from './ScoreChangeBroadcaster';

const change: ScoreChange = {
  cause: 'person',
  entityRef: 'component:default/payments',
  score: 50,
  level: 'bronze',
  stale: 0,
};

describe('ScoreChangeBroadcaster', () => {
  it('tells every listener, even after one of them throws', () => {
    const logger = mockServices.logger.mock();
    const broadcaster = new ScoreChangeBroadcaster(logger);
    const heard: ScoreChange[][] = [];
    broadcaster.addListener(() => {
      throw new Error('notifications are down');
    });
    broadcaster.addListener(changes => heard.push(changes));

    expect(() => broadcaster.broadcast([change])).not.toThrow();
    expect(heard).toEqual([[change]]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('notifications are down'),
    );
  });

  it('stays quiet when nothing changed', () => {
    const broadcaster = new ScoreChangeBroadcaster(mockServices.logger.mock());
    const listener = jest.fn();
    broadcaster.addListener(listener);
    broadcaster.broadcast([]);
    expect(listener).not.toHaveBeenCalled();
  });
});
