import { Entity } from '@backstage/catalog-model';
import {
  EntityOrderFilter,
  catalogApiRef,
} from '@backstage/plugin-catalog-react';
import {
  MockEntityListContextProvider,
  catalogApiMock,
} from '@backstage/plugin-catalog-react/testUtils';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readinessApiRef } from '../../api/ReadinessApi';
import { ReadinessFilter } from '../../catalog/ReadinessFilter';
import { MockReadinessApi } from '../../testUtils/MockReadinessApi';
import { readinessApiMock } from '../../testUtils/readinessApiMock';
import { ReadinessEntityFilters, ReadinessPicker } from './ReadinessPicker';

const entity = (name: string, labels?: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', ...(labels ? { labels } : {}) },
  spec: { type: 'service' },
});

async function renderPicker(options: {
  entities: Entity[];
  query?: string[];
  api?: MockReadinessApi;
}) {
  const updateFilters = jest.fn();
  const api = options.api ?? readinessApiMock();
  const getScores = jest.spyOn(api, 'getScores');
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [readinessApiRef, api],
        [catalogApiRef, catalogApiMock({ entities: options.entities })],
      ]}
    >
      <MockEntityListContextProvider<ReadinessEntityFilters>
        value={{
          updateFilters,
          queryParameters: options.query ? { readiness: options.query } : {},
        }}
      >
        <ReadinessPicker />
      </MockEntityListContextProvider>
    </TestApiProvider>,
  );
  const lastFilter = () =>
    updateFilters.mock.calls[updateFilters.mock.calls.length - 1]?.[0]
      ?.readiness as ReadinessFilter | undefined;
  return { updateFilters, lastFilter, getScores };
}

describe('ReadinessPicker', () => {
  const labelled = [
    entity('checkout', {
      'readiness.backstage.io/assessment': 'assessed',
      'readiness.backstage.io/level': 'gold',
    }),
    entity('new', {
      'readiness.backstage.io/assessment': 'not-started',
      'readiness.backstage.io/level': 'none',
    }),
  ];

  it('restores its state from the URL and filters on the catalog server when labels exist', async () => {
    const { lastFilter, getScores } = await renderPicker({
      entities: labelled,
      query: ['level:silver', 'score:40-80'],
    });

    await waitFor(() => expect(lastFilter()).toBeDefined());
    expect(screen.getByRole('checkbox', { name: 'Silver' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Gold' })).not.toBeChecked();
    expect(screen.getByText('Score 40 to 80')).toBeInTheDocument();
    expect(lastFilter()!.getCatalogFilters()).toEqual({
      'metadata.labels.readiness.backstage.io/level': ['silver'],
      'metadata.labels.readiness.backstage.io/score-band': [
        '40',
        '50',
        '60',
        '70',
      ],
    });
    // With labels, no scores are loaded from the readiness backend.
    expect(getScores).not.toHaveBeenCalled();
  });

  it('combines levels and assessment states, and clears when unticked', async () => {
    const { lastFilter, updateFilters } = await renderPicker({
      entities: labelled,
    });
    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Gold' }),
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'No level' }));
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Not assessed (no answers)' }),
    );

    await waitFor(() =>
      expect(lastFilter()?.toQueryValue()).toEqual([
        'assessment:not-started',
        'level:gold',
        'level:none',
      ]),
    );
    expect(lastFilter()!.getCatalogFilters()).toEqual({
      'metadata.labels.readiness.backstage.io/assessment': ['not-started'],
      'metadata.labels.readiness.backstage.io/level': ['gold', 'none'],
    });
    expect(lastFilter()!.filterEntity(labelled[0])).toBe(false);
    expect(lastFilter()!.filterEntity(labelled[1])).toBe(true);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Gold' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'No level' }));
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Not assessed (no answers)' }),
    );
    await waitFor(() =>
      expect(updateFilters).toHaveBeenLastCalledWith({ readiness: undefined }),
    );
  });

  it('sets the score range with the keyboard', async () => {
    const { lastFilter } = await renderPicker({ entities: labelled });
    const min = await screen.findByRole('slider', { name: 'Minimum score' });
    await waitFor(() =>
      expect(min).not.toHaveAttribute('aria-disabled', 'true'),
    );
    min.focus();
    fireEvent.keyDown(min, { key: 'ArrowRight' });
    fireEvent.keyDown(min, { key: 'ArrowRight' });
    await waitFor(() =>
      expect(lastFilter()?.toQueryValue()).toEqual(['score:20-100']),
    );
    expect(screen.getByText('Score 20 to 100')).toBeInTheDocument();
    expect(
      screen.getByText('A score range leaves out entities without a score.'),
    ).toBeInTheDocument();
  });

  it('orders the whole catalog by the score label, server-side, when labels exist', async () => {
    const { updateFilters } = await renderPicker({
      entities: labelled,
      query: [],
    });
    await userEvent.click(
      await screen.findByRole('button', { name: /Order by readiness/ }),
    );
    await userEvent.click(
      screen.getByRole('option', { name: 'Highest score first' }),
    );
    await waitFor(() =>
      expect(updateFilters).toHaveBeenLastCalledWith({
        order: new EntityOrderFilter([
          ['metadata.labels.readiness.backstage.io/score', 'desc'],
        ]),
      }),
    );
  });

  it('without labels, filters in the browser on scores loaded in one request', async () => {
    const api = readinessApiMock();
    api.seed('ops.backups', 'yes');
    api.seed('ops.alerts', 'yes');
    const { lastFilter, getScores } = await renderPicker({
      entities: [entity('payments-api'), entity('other')],
      query: ['level:silver', 'level:none'],
      api,
    });
    await waitFor(() => expect(lastFilter()).toBeDefined());
    const filter = lastFilter()!;
    expect(filter.getCatalogFilters()).toEqual({});
    // payments-api has 3 of 4 weight (75%, Silver); "other" has no score yet (no level).
    expect(filter.filterEntity(entity('payments-api'))).toBe(true);
    expect(filter.filterEntity(entity('other'))).toBe(true);
    expect(getScores).toHaveBeenCalledTimes(1);
    // Ordering by score needs the labels, so it is not offered.
    expect(
      screen.queryByRole('button', { name: /Order by readiness/ }),
    ).not.toBeInTheDocument();
  });
});
