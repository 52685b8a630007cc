import { readinessActorOf } from './actorOf';

describe('readinessActorOf', () => {
  it('keeps a user ref for the catalog to name', () => {
    expect(readinessActorOf('user:default/guest')).toEqual({
      type: 'entity',
      entityRef: 'user:default/guest',
    });
  });

  it('names a backend plugin and an external service in words', () => {
    expect(readinessActorOf('service:plugin:readiness-sample-data')).toEqual({
      type: 'service',
      title: 'the readiness sample data plugin',
    });
    expect(readinessActorOf('service:external:ci-bot')).toEqual({
      type: 'service',
      title: 'the external service ci-bot',
    });
  });
});
