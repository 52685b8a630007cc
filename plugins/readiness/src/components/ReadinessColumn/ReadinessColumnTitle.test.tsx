import { Entity } from '@backstage/catalog-model';
import {
  EntityOrderFilter,
  catalogApiRef,
  useEntityList,
} from '@backstage/plugin-catalog-react';
import {
  MockEntityListContextProvider,
  catalogApiMock,
} from '@backstage/plugin-catalog-react/testUtils';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readinessApiRef } from '../../api/ReadinessApi';
import { readinessApiMock } from '../../testUtils/readinessApiMock';
import { ReadinessPicker } from '../ReadinessPicker';
import {
  READINESS_COLUMN_NO_ORDER_NOTE,
  ReadinessColumnTitle,
} from './ReadinessColumnTitle';

const entity = (name: string, labels?: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', ...(labels ? { labels } : {}) },
  spec: { type: 'service' },
});
const labelled = entity('checkout', {
  'readiness.backstage.io/assessment': 'assessed',
  'readiness.backstage.io/level': 'gold',
  'readiness.backstage.io/score': '096.5',
});

/** What the catalog would be asked for: the order filter's field and direction. */
function CatalogOrder() {
  const { filters } = useEntityList<{ order?: EntityOrderFilter }>();
  return (
    <output aria-label="catalog order">
      {filters.order?.toQueryValue().join(' ') ?? 'catalog'}
    </output>
  );
}

async function renderHeader(options: {
  entities: Entity[];
  query?: Record<string, string[]>;
}) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [readinessApiRef, readinessApiMock()],
        [catalogApiRef, catalogApiMock({ entities: options.entities })],
      ]}
    >
      <MockEntityListContextProvider
        value={{ queryParameters: options.query ?? {} }}
      >
        <ReadinessPicker />
        <ReadinessColumnTitle />
        <CatalogOrder />
      </MockEntityListContextProvider>
    </TestApiProvider>,
  );
}

const order = () => screen.getByRole('status', { name: 'catalog order' });

describe('ReadinessColumnTitle', () => {
  it('orders the whole catalog on the server, the same order as the sidebar shows', async () => {
    await renderHeader({ entities: [labelled] });
    const header = await screen.findByRole('button', {
      name: 'Readiness, catalog order',
    });
    expect(order()).toHaveTextContent('catalog');

    await userEvent.click(header);
    expect(order()).toHaveTextContent(
      'metadata.labels.readiness.backstage.io/score desc',
    );
    // The sidebar's control shows the order the header set: one order, two controls.
    expect(
      screen.getByRole('button', { name: /Order by readiness/ }),
    ).toHaveTextContent('Highest score first');

    await userEvent.click(
      screen.getByRole('button', { name: 'Readiness, highest score first' }),
    );
    expect(order()).toHaveTextContent(
      'metadata.labels.readiness.backstage.io/score asc',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Readiness, lowest score first' }),
    );
    expect(order()).toHaveTextContent('catalog');
  });

  it('follows an order chosen in the sidebar', async () => {
    await renderHeader({ entities: [labelled] });
    await userEvent.click(
      await screen.findByRole('button', { name: /Order by readiness/ }),
    );
    await userEvent.click(
      screen.getByRole('option', { name: 'Lowest score first' }),
    );
    const header = screen.getByRole('button', {
      name: 'Readiness, lowest score first',
    });
    expect(header).toHaveAttribute('data-readiness-order', 'asc');
  });

  it('applies an order from a shared link once', async () => {
    await renderHeader({
      entities: [labelled],
      query: {
        order: ['metadata.labels.readiness.backstage.io/score', 'asc'],
      },
    });
    await waitFor(() =>
      expect(order()).toHaveTextContent(
        'metadata.labels.readiness.backstage.io/score asc',
      ),
    );
    expect(
      await screen.findByRole('button', {
        name: 'Readiness, lowest score first',
      }),
    ).toBeInTheDocument();
  });

  it('does not offer an order the catalog cannot apply (no score labels)', async () => {
    await renderHeader({ entities: [entity('plain')] });
    // Loaded: the sidebar's levels are enabled once it knows where readiness comes from.
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Gold' })).toBeEnabled(),
    );
    const title = await screen.findByTitle(READINESS_COLUMN_NO_ORDER_NOTE);
    expect(title).toHaveTextContent('Readiness');
    expect(within(title).queryByRole('button')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Readiness/ }),
    ).not.toBeInTheDocument();
  });
});
