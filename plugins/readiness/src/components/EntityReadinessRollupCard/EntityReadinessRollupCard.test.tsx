import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { readinessApiRef } from '../../api/ReadinessApi';
import { MockReadinessApi } from '../../testUtils/MockReadinessApi';
import { readinessApiMock } from '../../testUtils/readinessApiMock';
import { sampleReport } from '../../__testUtils__/reviewFixtures';
import { rootRouteRef } from '../../routes';
import { EntityReadinessRollupCard } from './EntityReadinessRollupCard';
import { EntityScore } from '@readiness/plugin-readiness-common';
import { storedScore } from '../../testUtils/storedScore';

const platform: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'platform', namespace: 'default' },
  spec: { type: 'team', children: ['sre'] },
  relations: [{ type: 'parentOf', targetRef: 'group:default/sre' }],
};

const score = (
  name: string,
  value: number | null,
  assessment: EntityScore['assessment'],
) =>
  storedScore({
    entityRef: `component:default/${name}`,
    score: value,
    assessment,
  });

async function renderCard(api: MockReadinessApi, entity: Entity) {
  await renderInTestApp(
    <TestApiProvider apis={[[readinessApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityReadinessRollupCard />
      </EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/readiness': rootRouteRef,
      },
    },
  );
}

describe('EntityReadinessRollupCard', () => {
  it("shows a team's coverage, average, levels and lowest entities, its sub-teams included", async () => {
    const api = readinessApiMock();
    api.report = sampleReport;
    api.scorePage = {
      items: [
        score('gateway', 80, 'assessed'),
        score('cron', 0, 'not-started'),
        score('deployer', 35, 'automatic'),
      ],
    };
    await renderCard(api, platform);

    expect(
      await screen.findByRole('group', { name: 'Coverage' }),
    ).toHaveTextContent(
      '5 of 6Assessed; 0 not assessed (automatic only), 1 not assessed (no answers)',
    );
    expect(
      screen.getByRole('group', { name: 'Average score' }),
    ).toHaveTextContent('48.2%');
    expect(
      within(screen.getByRole('list', { name: 'Entities per level' }))
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['Gold1', 'Silver0', 'Bronze2', 'No level: 2']);
    expect(
      within(screen.getByRole('list', { name: 'Lowest scores' }))
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'cron0% · Not assessed (no answers)',
      'deployer35% · Not assessed (automatic only)',
      'gateway80% · Assessed',
    ]);
    // The team and its direct sub-team, for the figures and in the review link.
    const owners = ['group:default/platform', 'group:default/sre'];
    expect(api.reportRequests[0]).toMatchObject({ filters: { owners } });
    expect(api.scoreRequests[0]).toMatchObject({ owners });
    expect(
      screen.getByRole('link', { name: /Open in the readiness review/ }),
    ).toHaveAttribute(
      'href',
      '/readiness?owner=group%3Adefault%2Fplatform&owner=group%3Adefault%2Fsre',
    );
  });

  it('rolls up a system over its components, and renders nothing on other kinds', async () => {
    const api = readinessApiMock();
    api.report = sampleReport;
    api.scorePage = { items: [] };
    const shop: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: 'shop', namespace: 'default' },
      spec: { owner: 'payments' },
    };
    await renderCard(api, shop);
    await screen.findByRole('group', { name: 'Coverage' });
    expect(api.reportRequests[0]).toMatchObject({
      filters: { systems: ['system:default/shop'] },
    });

    const other = readinessApiMock();
    const { container } = await renderInTestApp(
      <TestApiProvider apis={[[readinessApiRef, other]]}>
        <EntityProvider entity={{ ...shop, kind: 'API' }}>
          <EntityReadinessRollupCard />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/readiness': rootRouteRef } },
    );
    expect(container).toBeEmptyDOMElement();
    expect(other.reportRequests).toEqual([]);
  });
});
