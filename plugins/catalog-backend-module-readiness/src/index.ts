/**
 * Catalog backend module for Readiness: readiness level and score as entity labels.
 *
 * @packageDocumentation
 */

export { catalogModuleReadiness as default } from './module';
export { ReadinessLabelProcessor } from './ReadinessLabelProcessor';
export {
  ReadinessLabelRefresher,
  readinessRefreshKey,
} from './ReadinessLabelRefresher';
export { ReadinessScoreCache } from './ReadinessScoreCache';
export type { LabelScore, ScoreSource } from './ScoreSource';
