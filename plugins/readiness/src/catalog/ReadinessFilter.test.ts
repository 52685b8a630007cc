import { Entity } from '@backstage/catalog-model';
import { EntityScore } from '../api/ReadinessApi';
import { ReadinessSource } from './entityReadiness';
import {
  parseReadinessFilter,
  ReadinessFilterValue,
} from '@readiness/plugin-readiness-common';
import { ReadinessFilter } from './ReadinessFilter';
import { storedScore } from '../testUtils/storedScore';

const component = (name: string, labels?: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', ...(labels ? { labels } : {}) },
  spec: { type: 'service' },
});
const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-a', namespace: 'default' },
  spec: { type: 'team' },
};

const labelled = (
  level: string,
  score?: string,
  assessment = 'assessed',
): Record<string, string> =>
  score === undefined
    ? {
        'readiness.backstage.io/assessment': assessment,
        'readiness.backstage.io/level': level,
      }
    : {
        'readiness.backstage.io/assessment': assessment,
        'readiness.backstage.io/level': level,
        'readiness.backstage.io/score': score,
        'readiness.backstage.io/score-band': String(
          Math.min(90, Math.floor(Number(score) / 10) * 10),
        ),
      };

const labels: ReadinessSource = { mode: 'labels' };
const score = (
  name: string,
  level: string | null,
  value: number,
  assessment: EntityScore['assessment'] = 'assessed',
): EntityScore =>
  storedScore({
    entityRef: `component:default/${name}`,
    level,
    score: value,
    assessment,
    answered: assessment === 'assessed' ? 10 : 0,
  });
const scores: ReadinessSource = {
  mode: 'scores',
  scores: new Map(
    [
      score('gold-one', 'gold', 96),
      score('silver-one', 'silver', 70),
      score('low-one', null, 12.5),
      score('perfect', 'gold', 100),
      score('machine-only', null, 30, 'automatic'),
    ].map(s => [s.entityRef, s]),
  ),
  targets: [[{ kind: 'Component' }]],
};

describe('ReadinessFilter', () => {
  it('narrows the catalog query by level label and score bands when labels exist', () => {
    const filter = new ReadinessFilter(
      {
        assessments: ['assessed'],
        levels: ['gold', 'none'],
        minScore: 40,
        maxScore: 70,
      },
      labels,
    );
    expect(filter.getCatalogFilters()).toEqual({
      'metadata.labels.readiness.backstage.io/assessment': ['assessed'],
      'metadata.labels.readiness.backstage.io/level': ['gold', 'none'],
      'metadata.labels.readiness.backstage.io/score-band': ['40', '50', '60'],
    });
    expect(
      new ReadinessFilter(
        {
          assessments: ['not-started'],
          levels: [],
          minScore: 0,
          maxScore: 100,
        },
        labels,
      ).getCatalogFilters(),
    ).toEqual({
      'metadata.labels.readiness.backstage.io/assessment': ['not-started'],
    });
  });

  it('leaves the catalog query alone without labels or when nothing is selected', () => {
    expect(
      new ReadinessFilter(
        { assessments: [], levels: ['gold'], minScore: 40, maxScore: 100 },
        scores,
      ).getCatalogFilters(),
    ).toEqual({});
    const inactive = new ReadinessFilter(
      { assessments: [], levels: [], minScore: 0, maxScore: 100 },
      labels,
    );
    expect(inactive.isActive).toBe(false);
    expect(inactive.getCatalogFilters()).toEqual({});
    expect(inactive.filterEntity(group)).toBe(true);
  });

  it('matches entities by their labels', () => {
    const filter = new ReadinessFilter(
      { assessments: [], levels: ['gold', 'none'], minScore: 0, maxScore: 100 },
      labels,
    );
    expect(filter.filterEntity(component('a', labelled('gold', '096.0')))).toBe(
      true,
    );
    expect(
      filter.filterEntity(
        component('b', labelled('none', '000.0', 'not-started')),
      ),
    ).toBe(true);
    expect(
      filter.filterEntity(component('c', labelled('silver', '075.0'))),
    ).toBe(false);
    expect(filter.filterEntity(component('unlabelled'))).toBe(false);
  });

  it('matches entities by loaded scores, and by assessment state only where a checklist applies', () => {
    const byLevel = new ReadinessFilter(
      { assessments: [], levels: ['none'], minScore: 0, maxScore: 100 },
      scores,
    );
    expect(byLevel.filterEntity(component('low-one'))).toBe(true);
    expect(byLevel.filterEntity(component('never-answered'))).toBe(true);
    expect(byLevel.filterEntity(component('gold-one'))).toBe(false);
    expect(byLevel.filterEntity(group)).toBe(false);
    const notAssessed = new ReadinessFilter(
      {
        assessments: ['not-started', 'automatic'],
        levels: [],
        minScore: 0,
        maxScore: 100,
      },
      scores,
    );
    expect(
      ['gold-one', 'low-one', 'machine-only', 'never-answered'].filter(name =>
        notAssessed.filterEntity(component(name)),
      ),
    ).toEqual(['machine-only', 'never-answered']);
    expect(notAssessed.filterEntity(group)).toBe(false);
  });

  it('keeps min <= score < max, with 100 inside a range that ends at 100', () => {
    const range = (minScore: number, maxScore: number) =>
      new ReadinessFilter(
        { assessments: [], levels: [], minScore, maxScore },
        scores,
      );
    const names = (filter: ReadinessFilter) =>
      ['gold-one', 'silver-one', 'low-one', 'perfect', 'never-answered'].filter(
        name => filter.filterEntity(component(name)),
      );
    expect(names(range(70, 100))).toEqual([
      'gold-one',
      'silver-one',
      'perfect',
    ]);
    expect(names(range(10, 70))).toEqual(['low-one']);
    expect(names(range(0, 20))).toEqual(['low-one']);
    expect(names(range(90, 100))).toEqual(['gold-one', 'perfect']);
  });

  it('round-trips through the URL and ignores malformed parts', () => {
    const value: ReadinessFilterValue = {
      assessments: ['automatic'],
      levels: ['gold', 'none'],
      minScore: 20,
      maxScore: 80,
    };
    const filter = new ReadinessFilter(value, labels);
    expect(filter.toQueryValue()).toEqual([
      'assessment:automatic',
      'level:gold',
      'level:none',
      'score:20-80',
    ]);
    expect(parseReadinessFilter(filter.toQueryValue())).toEqual(value);
    expect(parseReadinessFilter('level:silver')).toEqual({
      assessments: [],
      levels: ['silver'],
      minScore: 0,
      maxScore: 100,
    });
    expect(
      parseReadinessFilter([
        'level:',
        'level:<script>',
        'score:80-20',
        'score:0-500',
        'nonsense',
        'level:gold',
        'level:gold',
        'assessment:maybe',
      ]),
    ).toEqual({
      assessments: [],
      levels: ['gold'],
      minScore: 0,
      maxScore: 100,
    });
    expect(parseReadinessFilter(undefined)).toEqual({
      assessments: [],
      levels: [],
      minScore: 0,
      maxScore: 100,
    });
  });
});
