import { Entity } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { DEFAULT_LEVELS, levelColor } from '@readiness/plugin-readiness-common';
import { readinessApiRef } from '../../api/ReadinessApi';
import { readinessApiMock } from '../../testUtils/readinessApiMock';
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

  it('leaves ordering to its header: the table itself would sort only the loaded page', () => {
    expect(column.sorting).toBe(false);
  });

  it('renders assessment state, level and score from the labels', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [readinessApiRef, readinessApiMock()],
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
});
