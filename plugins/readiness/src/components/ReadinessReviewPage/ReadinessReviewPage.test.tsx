import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SCORE_BANDS } from '@readiness/plugin-readiness-common';
import { readinessApiRef } from '../../api/ReadinessApi';
import { MockReadinessApi } from '../../testUtils/MockReadinessApi';
import { readinessApiMock } from '../../testUtils/readinessApiMock';
import { sampleReport } from '../../__testUtils__/reviewFixtures';
import { entityPresentation } from '../../__testUtils__/entityNames';
import { ReadinessReviewPage } from './ReadinessReviewPage';
import { storedScore } from '../../testUtils/storedScore';

jest.setTimeout(20_000);

async function renderPage(api: MockReadinessApi, path = '/readiness') {
  await renderInTestApp(
    <TestApiProvider apis={[[readinessApiRef, api], entityPresentation()]}>
      <ReadinessReviewPage />
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
  await screen.findByRole('group', { name: 'Coverage' });
}

describe('ReadinessReviewPage', () => {
  it('lists the exemptions waiting for approval, linking to the question on the tab', async () => {
    const api = readinessApiMock();
    api.report = sampleReport;
    api.exemptions = {
      pending: {
        totalCount: 3,
        items: [
          {
            entityRef: 'component:default/payments-api',
            questionId: 'ops.alerts',
            questionText: 'Do alerts page someone?',
            note: 'Batch job, nobody to page',
            answeredBy: 'user:default/alice',
            answeredAt: '2026-10-30T10:00:00Z',
            approval: 'pending',
            version: 1,
          },
        ],
      },
      expiring: { items: [], totalCount: 0 },
      expiringWithinDays: 30,
    };
    await renderPage(api);
    expect(
      await screen.findByText('Waiting for approval (1 of 3)'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Do alerts page someone?' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api/readiness?question=ops.alerts',
    );
    expect(
      screen.getByText('No exemption expires in the next 30 days.'),
    ).toBeInTheDocument();
  });

  it('lists the entities whose repository could not be read, since when and why', async () => {
    const api = readinessApiMock();
    api.report = sampleReport;
    api.evidenceProblemList = {
      totalCount: 1,
      items: [
        {
          entityRef: 'component:default/payments-api',
          providerId: 'repository',
          providerTitle: 'Repository',
          attempted: 'read the repository',
          reason: 'not found',
          since: '2026-11-30T08:00:00.000Z',
          lastAttemptAt: '2026-12-05T08:00:00.000Z',
        },
      ],
    };
    await renderPage(api);
    const table = (
      await screen.findByText('Earlier answers kept for 1 entity')
    ).closest('[data-readiness-evidence-problems]') as HTMLElement;
    expect(
      within(table).getByText('Could not read the repository: not found'),
    ).toBeInTheDocument();
    expect(within(table).getByText('2026-11-30')).toBeInTheDocument();
    expect(
      within(table).getByRole('link', { name: /payments-api/i }),
    ).toHaveAttribute('href', '/catalog/default/component/payments-api');
  });

  it('shows key figures, levels, teams, the heat map and failing questions from one report', async () => {
    const api = readinessApiMock();
    api.report = sampleReport;
    await renderPage(api);

    // Coverage first: 5 of the 6 entities in scope are assessed, 1 is not assessed.
    expect(screen.getByRole('group', { name: 'Coverage' })).toHaveTextContent(
      '83%Coverage5 of 6 in scope assessed; 0 not assessed (automatic only), 1 not assessed (no answers)',
    );
    expect(
      screen.getByRole('group', { name: 'Average score' }),
    ).toHaveTextContent('48.2%Average scoreover all entities in scope');
    expect(
      screen.getByRole('group', { name: 'Reached a level' }),
    ).toHaveTextContent('60%Reached a level3 of 5 over all entities in scope');
    expect(screen.getByRole('group', { name: 'At Gold' })).toHaveTextContent(
      '1',
    );
    expect(
      screen.getByRole('group', { name: 'Need review' }),
    ).toHaveTextContent('1Need review2 stale answers');
    expect(
      screen.getByRole('img', {
        name: 'Level distribution: No level 2, Bronze 2, Silver 0, Gold 1',
      }),
    ).toBeInTheDocument();

    // The team table, weakest first, and the heat map rows in the same order.
    expect(screen.getByText('Readiness by owner')).toBeInTheDocument();
    const heatmap = screen.getByRole('table', {
      name: 'Average section score by owner',
    });
    // Teams by their display names, not refs.
    await waitFor(() =>
      expect(
        within(heatmap)
          .getAllByRole('row')
          .map(row => row.textContent),
      ).toEqual([
        'OwnerOperationsDocumentation',
        'All selected5030',
        'Search & Discovery330',
        'Payments Team7575',
      ]),
    );

    // Failing most: the runbook (No 2 + stale 1 + partial 0.5 of 5) before backups, which
    // nobody fails but one entity has not answered (1 of 4): two measures, never added up.
    expect(
      screen.getByRole('img', { name: /^Questions failing most:/ }),
    ).toHaveAccessibleName(
      'Questions failing most: Is there a runbook? 70% failing, 0% unanswered; Are backups tested? 0% failing, 25% unanswered',
    );
    expect(api.reportRequests).toEqual([
      { groupBy: 'owner', filters: {}, population: 'all' },
    ]);
    expect(api.trendRequests.map(r => r.groupBy).sort()).toEqual([
      'all',
      'owner',
    ]);
  });

  it('reads grouping and filters from the address and changes them there', async () => {
    const api = readinessApiMock();
    api.report = sampleReport;
    await renderPage(
      api,
      '/readiness?groupBy=system&owner=group%3Adefault%2Fsearch&lifecycle=production',
    );
    expect(api.reportRequests[0]).toEqual({
      groupBy: 'system',
      filters: {
        owners: ['group:default/search'],
        lifecycles: ['production'],
      },
      population: 'all',
    });
    // The owner filter shows the chosen team as a chip, by its name.
    expect(
      await screen.findByRole('button', { name: 'Search & Discovery' }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /Group by/ }));
    await userEvent.click(screen.getByRole('option', { name: 'Lifecycle' }));
    await waitFor(() =>
      expect(api.reportRequests[api.reportRequests.length - 1]).toEqual({
        groupBy: 'lifecycle',
        filters: {
          owners: ['group:default/search'],
          lifecycles: ['production'],
        },
        population: 'all',
      }),
    );
  });

  it('switches the scores between all entities in scope and assessed ones, in the address', async () => {
    const api = readinessApiMock();
    api.report = sampleReport;
    await renderPage(api, '/readiness?population=assessed');
    expect(api.reportRequests[0]).toMatchObject({ population: 'assessed' });
    expect(
      screen.getByRole('group', { name: 'Average score' }),
    ).toHaveTextContent('over assessed entities');
    await userEvent.click(screen.getByRole('button', { name: /Scores over/ }));
    await userEvent.click(
      screen.getByRole('option', { name: 'All entities in scope' }),
    );
    await waitFor(() =>
      expect(api.reportRequests[api.reportRequests.length - 1]).toMatchObject({
        population: 'all',
      }),
    );
    expect(
      await screen.findByText(/over all entities in scope,/),
    ).toBeInTheDocument();
  });

  it("drills down into a team's entities with one request", async () => {
    const api = readinessApiMock();
    api.report = sampleReport;
    api.scorePage = {
      totalCount: 1,
      items: [
        storedScore({
          entityRef: 'component:default/indexer',
          score: 22.5,
          level: null,
          assessment: 'assessed',
          answered: 30,
          questions: 56,
          stale: 2,
        }),
      ],
    };
    await renderPage(api);

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Show the 3 entities of Search & Discovery',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Owner: Search & Discovery',
    });
    // The rows render again once the names arrive: look them up until they are stable.
    await waitFor(() => {
      expect(within(dialog).getByText('22.5%')).toBeInTheDocument();
      expect(within(dialog).getByText('30/56')).toBeInTheDocument();
    });
    expect(api.scoreRequests).toEqual([
      { owners: ['group:default/search'], limit: 1000 },
    ]);
  });

  it('colours the heat map by score band and opens a group from its cells', async () => {
    const api = readinessApiMock();
    api.report = sampleReport;
    await renderPage(api);
    const heatmap = await screen.findByRole('table', {
      name: 'Average section score by owner',
    });
    const search = await within(heatmap).findByRole('row', {
      name: /^Search & Discovery/,
    });
    const [operations, documentation] = within(search).getAllByRole('button');
    expect(operations).toHaveTextContent('33');
    expect(operations.closest('td')).toHaveStyle({
      backgroundColor: SCORE_BANDS[1].color,
    });
    expect(documentation.closest('td')).toHaveStyle({
      backgroundColor: SCORE_BANDS[0].color,
    });
    expect(
      within(screen.getByRole('list', { name: 'Colour scale' })).getAllByRole(
        'listitem',
      ),
    ).toHaveLength(SCORE_BANDS.length);

    await userEvent.click(operations);
    expect(
      await screen.findByRole('dialog', { name: 'Owner: Search & Discovery' }),
    ).toBeInTheDocument();
  });

  it('exports the current view as CSV', async () => {
    const api = readinessApiMock();
    api.report = sampleReport;
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:readiness';
    });
    URL.revokeObjectURL = jest.fn();
    await renderPage(api);

    await userEvent.click(
      screen.getByRole('button', { name: 'Export this view as CSV' }),
    );
    expect(created).toHaveLength(1);
    const text = await new Response(created[0]).text();
    expect(text.split('\r\n')[0]).toMatch(
      /^Owner,Name,In scope,Assessed,Not assessed \(automatic only\),Not assessed \(no answers\),Entities,Average score/,
    );
    // Refs stay in the CSV, with the names beside them.
    expect(text).toContain(
      'group:default/search,Search & Discovery,4,3,0,1,3,30.3',
    );
  });

  it('says when nothing is in scope, and when there are no snapshots yet', async () => {
    const api = readinessApiMock();
    api.report = {
      ...sampleReport,
      totals: {
        ...sampleReport.totals,
        coverage: { inScope: 0, assessed: 0, automatic: 0, notStarted: 0 },
        entities: 0,
      },
      groups: [],
    };
    await renderInTestApp(
      <TestApiProvider apis={[[readinessApiRef, api]]}>
        <ReadinessReviewPage />
      </TestApiProvider>,
    );
    expect(await screen.findByText('No entities in scope')).toBeInTheDocument();

    const withData = readinessApiMock();
    withData.report = sampleReport;
    await renderPage(withData);
    expect(await screen.findByText('No snapshots yet')).toBeInTheDocument();
  });

  it('draws the trend from the snapshots', async () => {
    const api = readinessApiMock();
    api.report = sampleReport;
    api.trends = {
      groupBy: 'all',
      from: '2026-11-01',
      points: [
        {
          day: '2026-11-27',
          key: null,
          entities: 5,
          averageScore: 45,
          levels: {},
        },
        {
          day: '2026-11-28',
          key: null,
          entities: 5,
          averageScore: 48.2,
          levels: {},
        },
      ],
    };
    await renderPage(api);
    expect(
      await screen.findByRole('img', {
        name: 'Average score over time, 2 days',
      }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Period/ }));
    await userEvent.click(screen.getByRole('option', { name: '1 year' }));
    await waitFor(() =>
      expect(api.trendRequests.map(r => r.days)).toContain(365),
    );
  });
});

describe('ReadinessReviewPage on a phone', () => {
  const wide = window.matchMedia;
  beforeAll(() => {
    // A phone-sized screen: every max-width query matches.
    window.matchMedia = ((query: string) => ({
      matches: query.includes('max-width'),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    })) as typeof window.matchMedia;
  });
  afterAll(() => {
    window.matchMedia = wide;
  });

  it('keeps the group, its entities and its average in the team table', async () => {
    const api = readinessApiMock();
    api.report = sampleReport;
    await renderPage(api);
    const table = screen
      .getAllByRole('table')
      .find(t => within(t).queryByRole('columnheader', { name: /Average/ }))!;
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(h => h.textContent),
    ).toEqual(['Owner', 'Entities', 'Average']);
  });
});
