/**
 * The HTTP client of the Readiness backend, for frontend plugins and backend modules.
 *
 * @packageDocumentation
 */

export { ReadinessClient } from './ReadinessClient';
export type { ReadinessDiscovery, ReadinessFetch } from './ReadinessClient';
export type { ReadinessApi } from './types';
// The API's shapes the client's methods take and return, also in the main entry.
export type {
  AnswerChange,
  ChecklistsResponse,
  EntityScore,
  ScorePage,
} from '@readiness/plugin-readiness-common';
