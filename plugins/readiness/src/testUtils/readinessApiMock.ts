import {
  attachMockApiFactory,
  createApiMock,
  MockWithApiFactory,
} from '@backstage/frontend-test-utils';
import { ReadinessApi, readinessApiRef } from '../api/ReadinessApi';
import { MockReadinessApi } from './MockReadinessApi';

/**
 * A Readiness API for tests of code that uses `readinessApiRef`: one entity's answers in memory,
 * scored with the real scoring of `@readiness/plugin-readiness-common`, with the backend's
 * version check on writes. It records what it was asked (`reads`, `writes`, `reportRequests`,
 * ...) and can be handed straight to `TestApiProvider` or `renderInTestApp`'s `apis`.
 *
 * @public
 */
export function readinessApiMock(options?: {
  /** The one entity it answers for; others are an error. */
  entityRef?: string;
}): MockReadinessApi & MockWithApiFactory<ReadinessApi> {
  return attachMockApiFactory(readinessApiRef, new MockReadinessApi(options));
}

/**
 * Mocks of the Readiness API.
 *
 * @public
 */
export namespace readinessApiMock {
  /**
   * A Readiness API whose every method is a `jest.fn()`, some of them given an implementation
   * by `partialImpl`.
   */
  export const mock = createApiMock(readinessApiRef, () => ({
    getEntityReadiness: jest.fn(),
    writeAnswers: jest.fn(),
    getChecklists: jest.fn(),
    clearAnswer: jest.fn(),
    getHistory: jest.fn(),
    getEntityTrend: jest.fn(),
    refreshEvidence: jest.fn(),
    getScores: jest.fn(),
    getReport: jest.fn(),
    getTrends: jest.fn(),
    listCampaigns: jest.fn(),
    getCampaign: jest.fn(),
    createCampaign: jest.fn(),
    updateCampaign: jest.fn(),
    getCampaignHistory: jest.fn(),
    getEntityCampaigns: jest.fn(),
    decideExemption: jest.fn(),
    getExemptions: jest.fn(),
    getEvidenceProblems: jest.fn(),
  }));
}
