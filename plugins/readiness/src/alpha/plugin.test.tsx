import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { readinessApiRef } from '../api/ReadinessApi';
import { ReadinessClient } from '@readiness/plugin-readiness-common/client';
import { paymentsApi } from '../__testUtils__/entities';
import { readinessApiMock } from '../testUtils/readinessApiMock';
import { sampleReport } from '../__testUtils__/reviewFixtures';
import readinessFrontendPlugin, {
  readinessApi,
  readinessEntityCard,
  readinessEntityContent,
  readinessReviewPage,
} from './index';

describe('readiness /alpha', () => {
  it('renders the Readiness tab on an entity page', async () => {
    const api = readinessApiMock();
    api.seed('ops.backups', 'yes');
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: paymentsApi }),
        readinessEntityContent,
      ],
      apis: [[readinessApiRef, api]],
    });

    expect(
      await screen.findByRole('img', { name: 'Readiness score 50%' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: 'Answer to: Do alerts page someone?' }),
    ).toBeInTheDocument();
  });

  it('renders the Readiness card on an entity page', async () => {
    const api = readinessApiMock();
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: paymentsApi }),
        readinessEntityCard,
      ],
      apis: [[readinessApiRef, api]],
    });

    expect(
      await screen.findByRole('list', { name: 'Top gaps' }),
    ).toHaveTextContent('Are backups tested?');
  });

  it('renders the review page at /readiness with the same header as the legacy page', async () => {
    const api = readinessApiMock();
    api.report = sampleReport;
    renderTestApp({
      extensions: [readinessReviewPage],
      apis: [[readinessApiRef, api]],
      initialRouteEntries: ['/readiness'],
      // Team names link to their catalog pages.
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    });
    expect(
      await screen.findByRole('group', { name: 'Coverage' }),
    ).toHaveTextContent('5 of 6 in scope assessed');
    // Page chrome as in the legacy system: the header, and the content inside Content.
    expect(
      screen.getByRole('heading', { level: 1, name: 'Readiness review' }),
    ).toBeInTheDocument();
    expect(
      screen
        .getByRole('group', { name: 'Coverage' })
        .closest('[class*="BackstageContent-root"]'),
    ).not.toBeNull();
  });

  it('provides the HTTP client as the Readiness API', () => {
    const factory = createExtensionTester(readinessApi).get(
      ApiBlueprint.dataRefs.factory,
    );
    expect(factory.api.id).toBe(readinessApiRef.id);
    expect(Object.keys(factory.deps).sort()).toEqual([
      'discoveryApi',
      'fetchApi',
    ]);
    const client = factory.factory({
      discoveryApi: { getBaseUrl: async () => 'http://backend/api/readiness' },
      fetchApi: { fetch: async () => new Response('{}') },
    });
    expect(client).toBeInstanceOf(ReadinessClient);
  });

  it('is a plugin with the id readiness', () => {
    expect(readinessFrontendPlugin.id).toBe('readiness');
  });
});
