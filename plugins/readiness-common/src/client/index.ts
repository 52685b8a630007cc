/**
 * The HTTP client of the Readiness backend, for frontend plugins and backend modules.
 *
 * @packageDocumentation
 */

export { ReadinessClient } from './ReadinessClient';
export type { ReadinessDiscovery, ReadinessFetch } from './ReadinessClient';
export type {
  AnswerChange,
  ChecklistsResponse,
  EntityScore,
  ReadinessApi,
  ScorePage,
} from './types';
