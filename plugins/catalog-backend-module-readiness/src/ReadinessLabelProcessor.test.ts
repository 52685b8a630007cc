import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { ReadinessLabelProcessor } from './ReadinessLabelProcessor';
import { ReadinessScoreCache } from './ReadinessScoreCache';
import { LabelScore, ScoreSource } from './ScoreSource';

const source = (scores: LabelScore[], failing?: Error): ScoreSource => ({
  getChecklistTargets: async () => [[{ kind: 'Component' }]],
  getScores: async () => {
    if (failing) {
      throw failing;
    }
    return scores;
  },
});

const component = (name: string, labels?: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', ...(labels ? { labels } : {}) },
  spec: { type: 'service' },
});

const location = { type: 'url', target: 'https://example.com/catalog.yaml' };

function processor(scores: LabelScore[], failing?: Error) {
  const logger = mockServices.logger.mock();
  const cache = new ReadinessScoreCache({
    source: source(scores, failing),
    maxAgeMs: 1000,
  });
  const labeller = new ReadinessLabelProcessor({ cache, logger });
  const emitted: CatalogProcessorResult[] = [];
  return {
    logger,
    emitted,
    processor: {
      preProcessEntity: (entity: Entity) =>
        labeller.preProcessEntity(entity, location, result =>
          emitted.push(result),
        ),
    },
  };
}

describe('ReadinessLabelProcessor', () => {
  const scores: LabelScore[] = [
    {
      entityRef: 'component:default/checkout',
      level: 'gold',
      score: 96.5,
      assessment: 'assessed',
    },
    {
      entityRef: 'component:default/indexer',
      level: null,
      score: 84.5,
      assessment: 'assessed',
    },
  ];

  it('labels an assessed entity with level, band and score, keeping other labels', async () => {
    const { processor: p, emitted } = processor(scores);
    const result = await p.preProcessEntity(
      component('checkout', {
        team: 'payments',
        'readiness.backstage.io/level': 'bronze',
      }),
    );
    expect(result.metadata.labels).toEqual({
      team: 'payments',
      'readiness.backstage.io/assessment': 'assessed',
      'readiness.backstage.io/level': 'gold',
      'readiness.backstage.io/score-band': '90',
      'readiness.backstage.io/score': '096.5',
    });
    // The key ReadinessLabelRefresher refreshes the entity by when its score changes.
    expect(emitted).toEqual([
      { type: 'refresh', key: 'readiness:component:default/checkout' },
    ]);
  });

  it('labels an entity held below every level as none', async () => {
    const { processor: p } = processor(scores);
    const result = await p.preProcessEntity(component('indexer'));
    expect(result.metadata.labels).toMatchObject({
      'readiness.backstage.io/level': 'none',
      'readiness.backstage.io/score-band': '80',
    });
  });

  it('labels an entity not scored yet as not started, replacing stale labels of ours', async () => {
    const { processor: p } = processor(scores);
    const result = await p.preProcessEntity(
      component('new-thing', { 'readiness.backstage.io/score': '050.0' }),
    );
    expect(result.metadata.labels).toEqual({
      'readiness.backstage.io/assessment': 'not-started',
      'readiness.backstage.io/level': 'none',
    });
  });

  it('leaves entities no checklist applies to alone', async () => {
    const { processor: p, emitted } = processor(scores);
    const group: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'team-a' },
      spec: { type: 'team', children: [] },
    };
    expect(await p.preProcessEntity(group)).toBe(group);
    expect(emitted).toEqual([]);
  });

  it('leaves the entity unchanged and warns once when the backend cannot be read', async () => {
    const { processor: p, logger } = processor(
      scores,
      new Error('connect ECONNREFUSED'),
    );
    const entity = component('checkout');
    expect(await p.preProcessEntity(entity)).toBe(entity);
    expect(await p.preProcessEntity(entity)).toBe(entity);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      'Readiness labels skipped: Error: connect ECONNREFUSED',
    );
  });
});
