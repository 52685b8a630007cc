import {
  formatReadinessWriter,
  parseReadinessWriter,
  readinessActorOf,
  ReadinessWriter,
} from './actorOf';

describe('the recorded writer', () => {
  it.each<[ReadinessWriter, string]>([
    [
      { type: 'user', userEntityRef: 'user:default/guest' },
      'user:default/guest',
    ],
    [{ type: 'service', subject: 'plugin:catalog' }, 'service:plugin:catalog'],
    [
      { type: 'service', subject: 'external:ci-bot' },
      'service:external:ci-bot',
    ],
  ])('%j is recorded as %s and read back', (writer, recorded) => {
    expect(formatReadinessWriter(writer)).toBe(recorded);
    expect(parseReadinessWriter(recorded)).toEqual(writer);
  });
});

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

  it('names a service of another kind by its subject, never as a catalog entity', () => {
    expect(readinessActorOf('service:unknown')).toEqual({
      type: 'service',
      title: 'the service unknown',
    });
  });
});
