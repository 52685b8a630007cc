import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import {
  EntityCampaign,
  EntityReadiness,
} from '@readiness/plugin-readiness-common';
import { readinessApiRef } from '../../api/ReadinessApi';
import { readinessApiMock } from '../../testUtils/readinessApiMock';
import { EntityCampaigns } from './EntityCampaigns';

const REF = 'component:default/payments-api';

const runbooks: EntityCampaign = {
  campaign: {
    id: 'runbooks',
    title: 'Runbooks for all',
    scope: {},
    target: { questionIds: ['docs.runbook'] },
    startsOn: '2026-01-01',
    dueOn: '2099-12-31',
    reminderDays: 7,
    source: 'api',
    version: 1,
  },
  phase: 'running',
  state: 'open',
};

describe('EntityCampaigns', () => {
  it('reloads the campaigns only when a targeted answer or the level changes', async () => {
    const api = readinessApiMock();
    api.entityCampaigns = [runbooks];
    const loads = jest.spyOn(api, 'getEntityCampaigns');
    const show = async (readiness: EntityReadiness) => (
      <TestApiProvider apis={[[readinessApiRef, api]]}>
        <EntityCampaigns entityRef={REF} readiness={readiness} />
      </TestApiProvider>
    );
    const { rerender } = await renderInTestApp(
      await show(await api.getEntityReadiness(REF)),
    );
    expect(await screen.findByText('Runbooks for all')).toBeInTheDocument();
    expect(loads).toHaveBeenCalledTimes(1);

    // An answer no campaign targets, and the level unchanged: no reload.
    api.seed('ops.backups', 'partial');
    rerender(await show(await api.getEntityReadiness(REF)));
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(loads).toHaveBeenCalledTimes(1);

    // The targeted question answered: the campaign's state is asked again.
    api.entityCampaigns = [{ ...runbooks, state: 'done' }];
    api.seed('docs.runbook', 'yes');
    rerender(await show(await api.getEntityReadiness(REF)));
    await waitFor(() => expect(loads).toHaveBeenCalledTimes(2));
    expect(await screen.findByText('Done')).toBeInTheDocument();
  });
});
