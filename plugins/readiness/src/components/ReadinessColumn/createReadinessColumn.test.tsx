import { Entity } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { DEFAULT_LEVELS, levelColor } from '@readiness/plugin-readiness-common';
import { readinessApiRef } from '../../api/ReadinessApi';
import { InMemoryReadinessApi } from '../../__testUtils__/InMemoryReadinessApi';
import { createReadinessColumn } from './createReadinessColumn';

const entity = (name: string, labels: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', labels },
  spec: { type: 'service' },
});
const gold = entity('gold', {
  'readiness.backstage.io/assessment': 'assessed',
  'readiness.backstage.io/level': 'gold',
  'readiness.backstage.io/score': '096.5',
});
const low = entity('low', {
  'readiness.backstage.io/assessment': 'automatic',
  'readiness.backstage.io/level': 'none',
  'readiness.backstage.io/score': '012.0',
});
const fresh = entity('fresh', {
  'readiness.backstage.io/assessment': 'not-started',
  'readiness.backstage.io/level': 'none',
});

describe('createReadinessColumn', () => {
  const column = createReadinessColumn();

  it('says in its header that it sorts the page, and where to order the whole catalog', async () => {
    await renderInTestApp(<>{column.title}</>);
    expect(screen.getByText('Readiness')).toHaveAttribute(
      'title',
      expect.stringContaining('orders the rows on this page'),
    );
    expect(screen.getByText('Readiness')).toHaveAttribute(
      'title',
      expect.stringContaining('Order by readiness'),
    );
  });

  it('sorts by score, with entities without a score last', () => {
    const rows = [gold, fresh, low].map(e => ({ entity: e }));
    const sorted = [...rows].sort((a, b) => column.customSort!(a, b, 'row'));
    expect(sorted.map(r => r.entity.metadata.name)).toEqual([
      'fresh',
      'low',
      'gold',
    ]);
  });

  it('renders assessment state, level and score from the labels', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [readinessApiRef, new InMemoryReadinessApi()],
          [catalogApiRef, catalogApiMock({ entities: [gold] })],
        ]}
      >
        {column.render!({ entity: gold }, 'row')}
        {column.render!({ entity: low }, 'row')}
        {column.render!({ entity: fresh }, 'row')}
      </TestApiProvider>,
    );
    // One compact chip per row: level and score, in the level's one colour.
    const goldChip = await screen.findByText('Gold · 96.5%');
    expect(goldChip.closest('[data-level]')).toHaveStyle({
      backgroundColor: levelColor(DEFAULT_LEVELS, 'gold'),
    });
    // Nobody answered: "Not assessed", the automatic score second, no level chip.
    expect(
      screen.getByTitle('Not assessed (automatic only)'),
    ).toHaveTextContent('Not assessed12% from automatic answers');
    expect(screen.queryByTitle('No level yet')).not.toBeInTheDocument();
    expect(screen.getByTitle('Not assessed (no answers)')).toHaveTextContent(
      /^Not assessed$/,
    );
  });

  it('sorts by the stored scores its cells loaded when the catalog has no labels', async () => {
    const unlabelled = (name: string) => entity(name, {});
    const [a, b, c] = ['a', 'b', 'c'].map(unlabelled);
    const api = new InMemoryReadinessApi();
    const score = (name: string, value: number | null) => ({
      entityRef: `component:default/${name}`,
      score: value,
      level: null,
      assessment: 'assessed' as const,
      answered: 1,
      questions: 2,
      stale: 0,
    });
    api.scorePage = {
      items: [score('a', 80), score('b', 10), score('c', null)],
    };
    const own = createReadinessColumn();
    const rows = [a, b, c].map(e => ({ entity: e }));
    const sort = () =>
      [...rows]
        .sort((x, y) => own.customSort!(x, y, 'row'))
        .map(r => r.entity.metadata.name);
    // Before any cell loaded: no labels, so no order.
    expect(sort()).toEqual(['a', 'b', 'c']);
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [readinessApiRef, api],
          [catalogApiRef, catalogApiMock({ entities: [a, b, c] })],
        ]}
      >
        {own.render!({ entity: a }, 'row')}
      </TestApiProvider>,
    );
    expect(await screen.findByText(/80%$/)).toBeInTheDocument();
    expect(sort()).toEqual(['c', 'b', 'a']);
  });
});
