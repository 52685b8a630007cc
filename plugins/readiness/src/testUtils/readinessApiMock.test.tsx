import { ResponseError } from '@backstage/errors';
import { TestApiProvider } from '@backstage/frontend-test-utils';
import {
  DEFAULT_LEVELS,
  scoreReadiness,
} from '@readiness/plugin-readiness-common';
import { render, screen } from '@testing-library/react';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../api/ReadinessApi';
import { mockReadinessChecklist } from './MockReadinessApi';
import { readinessApiMock } from './readinessApiMock';

const ENTITY = 'component:default/payments-api';

describe('readinessApiMock', () => {
  it('keeps answers in memory and scores them with the real scoring', async () => {
    const api = readinessApiMock();
    await api.writeAnswers(ENTITY, mockReadinessChecklist.id, [
      { questionId: 'ops.backups', status: 'yes', expectedVersion: 0 },
      { questionId: 'docs.runbook', status: 'partial', expectedVersion: 0 },
    ]);
    const readiness = await api.getEntityReadiness(ENTITY);
    const expected = scoreReadiness(mockReadinessChecklist, readiness.answers, {
      levels: DEFAULT_LEVELS,
      reviewIntervalDays: 180,
      now: api.now,
    });
    expect(readiness.result).toEqual(expected);
    expect(readiness.result?.answered).toBe(2);
    expect(api.writes).toHaveLength(1);
  });

  it('refuses a write based on an old version, as the backend does', async () => {
    const api = readinessApiMock();
    api.seed('ops.backups', 'no');
    const write = api.writeAnswers(ENTITY, mockReadinessChecklist.id, [
      { questionId: 'ops.backups', status: 'yes', expectedVersion: 0 },
    ]);
    await expect(write).rejects.toBeInstanceOf(ResponseError);
    await expect(write).rejects.toMatchObject({
      response: { status: 409 },
    });
  });

  it('can be handed to TestApiProvider as it is', async () => {
    const api = readinessApiMock();
    api.seed('ops.alerts', 'yes');
    const Score = () => {
      const readinessApi = useApi(readinessApiRef);
      const { value } = useAsync(() => readinessApi.getEntityReadiness(ENTITY));
      return <span>{value ? `score ${value.result?.score}` : 'loading'}</span>;
    };
    render(
      <TestApiProvider apis={[api]}>
        <Score />
      </TestApiProvider>,
    );
    expect(await screen.findByText('score 25')).toBeInTheDocument();
  });
});

describe('readinessApiMock.mock', () => {
  it('makes every method a jest.fn, with the implementations given', async () => {
    const api = readinessApiMock.mock({
      getChecklists: async () => ({
        items: [mockReadinessChecklist],
        levels: DEFAULT_LEVELS,
        reviewIntervalDays: 90,
      }),
    });
    const { reviewIntervalDays } = await api.getChecklists();
    expect(reviewIntervalDays).toBe(90);
    expect(api.getChecklists).toHaveBeenCalledTimes(1);
    expect(api.getEntityReadiness).not.toHaveBeenCalled();
    expect(jest.isMockFunction(api.writeAnswers)).toBe(true);
  });
});
