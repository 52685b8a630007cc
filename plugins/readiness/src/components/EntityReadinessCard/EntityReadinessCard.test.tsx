import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { readinessApiRef } from '../../api/ReadinessApi';
import { paymentsApi } from '../../__testUtils__/entities';
import { MockReadinessApi } from '../../testUtils/MockReadinessApi';
import { readinessApiMock } from '../../testUtils/readinessApiMock';
import { EntityReadinessCard } from './EntityReadinessCard';

async function renderCard(api: MockReadinessApi) {
  await renderInTestApp(
    <TestApiProvider apis={[[readinessApiRef, api]]}>
      <EntityProvider entity={paymentsApi}>
        <EntityReadinessCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('EntityReadinessCard', () => {
  it('shows score, level, the top gaps in order and a link to the tab', async () => {
    const api = readinessApiMock();
    api.seed('ops.alerts', 'yes');
    api.seed('docs.runbook', 'partial');
    await renderCard(api);

    // 1.5 of 4 weight: 37.5%, below Bronze.
    expect(
      await screen.findByRole('img', { name: 'Readiness score 37.5%' }),
    ).toBeInTheDocument();
    expect(screen.getByText('No level yet')).toBeInTheDocument();
    const gaps = within(screen.getByRole('list', { name: 'Top gaps' }))
      .getAllByRole('listitem')
      .map(item => item.textContent);
    expect(gaps).toEqual([
      'Are backups tested?Not answered',
      'Is there a runbook?Partly done',
    ]);
    // Each gap links to its question on the tab, in full in its title (it may be cut short).
    const gap = screen.getByRole('link', { name: 'Are backups tested?' });
    expect(gap).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api/readiness?question=ops.backups',
    );
    expect(gap).toHaveAttribute('title', 'Are backups tested?');
    expect(
      screen.getByRole('link', { name: /Open the checklist/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api/readiness',
    );
  });

  it('names the level a blocking gap is required for', async () => {
    const api = readinessApiMock();
    api.seed('ops.alerts', 'yes');
    api.seed('docs.runbook', 'yes');
    await renderCard(api);

    expect(await screen.findByText('Bronze')).toBeInTheDocument();
    expect(
      screen.getByText('Not answered · required for Silver'),
    ).toBeInTheDocument();
  });

  it('says so when nothing is open', async () => {
    const api = readinessApiMock();
    api.seed('ops.alerts', 'yes');
    api.seed('docs.runbook', 'na', { note: 'Generated docs' });
    api.seed('ops.backups', 'yes');
    await renderCard(api);

    expect(await screen.findByText('Gold')).toBeInTheDocument();
    expect(screen.getByText('No open items. Well done.')).toBeInTheDocument();
  });

  it('says "Not assessed" when no person has answered, with the automatic score second', async () => {
    const api = readinessApiMock();
    api.addEvidence('ops.alerts', 'yes', 'PagerDuty service set');
    await renderCard(api);

    expect(await screen.findByText('Not assessed')).toBeInTheDocument();
    expect(screen.getByText('25% from automatic answers')).toBeInTheDocument();
    // No gauge or level chip that would read like the team's own score.
    expect(screen.queryByRole('img', { name: /Readiness score/ })).toBeNull();
    expect(screen.queryByText('No level yet')).toBeNull();
  });
});
