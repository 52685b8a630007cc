import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { readinessApiRef } from '../../api/ReadinessApi';
import { readinessApiMock } from '../../testUtils/readinessApiMock';
import { EntityScoreTrend } from './EntityScoreTrend';

const REF = 'component:default/payments-api';

describe('EntityScoreTrend', () => {
  it("draws the entity's score per day, summarised for screen readers", async () => {
    const api = readinessApiMock();
    api.trendPoints = [
      { day: '2026-11-01', score: 40, level: 'bronze' },
      { day: '2026-11-02', score: null, level: null },
      { day: '2026-11-30', score: 72.5, level: 'silver' },
    ];
    await renderInTestApp(
      <TestApiProvider apis={[[readinessApiRef, api]]}>
        <EntityScoreTrend entityRef={REF} />
      </TestApiProvider>,
    );
    expect(
      await screen.findByRole('img', {
        name: 'Score over time: 40% on 2026-11-01, 72.5% on 2026-11-30',
      }),
    ).toBeInTheDocument();
  });

  it('says when there is no snapshot yet', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[readinessApiRef, readinessApiMock()]]}>
        <EntityScoreTrend entityRef={REF} />
      </TestApiProvider>,
    );
    expect(
      await screen.findByText(/No daily snapshot of this entity yet/),
    ).toBeInTheDocument();
  });
});
