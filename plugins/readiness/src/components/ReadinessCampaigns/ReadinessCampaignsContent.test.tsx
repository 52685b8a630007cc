import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CampaignSummary } from '@readiness/plugin-readiness-common';
import { readinessApiRef } from '../../api/ReadinessApi';
import { MockReadinessApi } from '../../testUtils/MockReadinessApi';
import { readinessApiMock } from '../../testUtils/readinessApiMock';
import { sampleReport } from '../../__testUtils__/reviewFixtures';
import { entityPresentation } from '../../__testUtils__/entityNames';
import { ReadinessCampaignsContent } from './ReadinessCampaignsContent';

jest.setTimeout(20_000);

const PAYMENTS = 'group:default/payments';
const SEARCH = 'group:default/search';

const silver: CampaignSummary = {
  id: 'silver-q1',
  title: 'Silver by March',
  scope: { owners: [PAYMENTS, SEARCH] },
  target: { level: 'silver' },
  startsOn: '2026-01-01',
  dueOn: '2026-03-31',
  reminderDays: 7,
  source: 'config',
  version: 1,
  phase: 'running',
  progress: { entities: 5, done: 2, open: 3, overdue: 0 },
};

function apiWithCampaigns() {
  const api = readinessApiMock();
  api.report = sampleReport;
  api.campaigns = [silver];
  api.campaignDetails.set(silver.id, {
    campaign: silver,
    teams: [
      { owner: PAYMENTS, entities: 3, done: 2, open: 1, overdue: 0 },
      { owner: SEARCH, entities: 2, done: 0, open: 2, overdue: 0 },
    ],
    entities: {
      totalCount: 5,
      items: [
        {
          entityRef: 'component:default/search-api',
          owner: SEARCH,
          state: 'open',
          score: 40,
          level: null,
        },
        {
          entityRef: 'component:default/payments-api',
          owner: PAYMENTS,
          state: 'done',
          score: 90,
          level: 'silver',
        },
      ],
    },
    overTime: [
      { day: '2026-01-09', entities: 5, done: 1 },
      { day: '2026-01-10', entities: 5, done: 2 },
    ],
  });
  return api;
}

async function renderContent(
  api: MockReadinessApi,
  path = '/readiness/campaigns',
) {
  await renderInTestApp(
    <TestApiProvider apis={[[readinessApiRef, api], entityPresentation()]}>
      <ReadinessCampaignsContent />
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

/** Renders the campaigns page and opens the New campaign dialog. */
async function openNewCampaign(api: MockReadinessApi) {
  await renderContent(api);
  await userEvent.click(
    await screen.findByRole('button', { name: 'New campaign' }),
  );
  return screen.findByRole('dialog', { name: 'New campaign' });
}

describe('ReadinessCampaignsContent', () => {
  it('lists campaigns with their progress and opens one per team and per entity', async () => {
    const api = apiWithCampaigns();
    await renderContent(api);
    const row = (await screen.findByText('Silver by March')).closest('tr')!;
    expect(row).toHaveTextContent(
      'Silver by MarchReach Silver2026-03-31Running2 of 5 done (2 done · 3 open)',
    );
    expect(
      within(row).getByRole('img', { name: 'Silver by March: 2 of 5 done' }),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Silver by March' }),
    );
    const team = await screen.findByRole('img', {
      name: 'Search & Discovery: 0 of 2 done',
    });
    expect(team).toBeInTheDocument();
    expect(screen.getByText('Entities (5)')).toBeInTheDocument();
    expect(document.querySelectorAll('[data-campaign-state]').length).toBe(2);
    expect(api.campaignRequests).toEqual([
      { id: 'silver-q1', options: { limit: 20, offset: 0 } },
    ]);
  });

  it('creates a campaign after checking the draft with the backend rules', async () => {
    const api = apiWithCampaigns();
    const dialog = await openNewCampaign(api);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create campaign' }),
    );
    expect(
      within(dialog).getByText('title must be a non-empty text'),
    ).toBeInTheDocument();
    expect(api.createdCampaigns).toEqual([]);

    await userEvent.type(
      within(dialog).getByLabelText(/^Title/),
      'Runbooks for all',
    );
    await userEvent.click(
      within(dialog).getByLabelText('Answer Yes to questions'),
    );
    await userEvent.click(within(dialog).getByLabelText('Questions'));
    await userEvent.click(await screen.findByText('Is there a runbook?'));
    const due = within(dialog).getByLabelText('Due on');
    await userEvent.clear(due);
    await userEvent.type(due, '2030-12-31');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create campaign' }),
    );
    await waitFor(() => expect(api.createdCampaigns).toHaveLength(1));
    expect(api.createdCampaigns[0]).toMatchObject({
      title: 'Runbooks for all',
      scope: {},
      target: { questionIds: ['docs.runbook'] },
      dueOn: '2030-12-31',
      reminderDays: 7,
    });
  });

  it('keeps what was typed: Escape closes the open menu only, closing with input asks first', async () => {
    const api = apiWithCampaigns();
    const dialog = await openNewCampaign(api);
    await userEvent.type(within(dialog).getByLabelText(/^Title/), 'Runbooks');
    await userEvent.click(
      within(dialog).getByLabelText('Answer Yes to questions'),
    );
    await userEvent.click(within(dialog).getByLabelText('Questions'));
    await userEvent.click(await screen.findByText('Is there a runbook?'));
    // With the menu open again, Escape closes the menu, not the dialog.
    await userEvent.click(within(dialog).getByLabelText('Questions'));
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('dialog', { name: /^Discard/ }),
    ).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Title/)).toHaveValue('Runbooks');

    // A second Escape would close the dialog: it asks, and keeping on editing keeps it all.
    await userEvent.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', {
      name: 'Discard this campaign?',
    });
    await userEvent.click(
      within(ask).getByRole('button', { name: 'Keep editing' }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Discard this campaign?' }),
      ).not.toBeInTheDocument(),
    );
    expect(within(dialog).getByLabelText(/^Title/)).toHaveValue('Runbooks');
    expect(within(dialog).getByText('Is there a runbook?')).toBeInTheDocument();

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    );
    await userEvent.click(
      within(
        await screen.findByRole('dialog', { name: 'Discard this campaign?' }),
      ).getByRole('button', { name: 'Discard' }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'New campaign' }),
      ).not.toBeInTheDocument(),
    );
    expect(api.createdCampaigns).toEqual([]);
  });

  it('closes an untouched form at once', async () => {
    const api = apiWithCampaigns();
    const dialog = await openNewCampaign(api);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'New campaign' }),
      ).not.toBeInTheDocument(),
    );
  });

  it('offers no form to those who may not manage campaigns', async () => {
    const api = apiWithCampaigns();
    api.canManageCampaigns = false;
    await renderContent(api);
    await screen.findByText('Silver by March');
    expect(
      screen.queryByRole('button', { name: 'New campaign' }),
    ).not.toBeInTheDocument();
  });
});
