/**
 * Readiness for Backstage: the entity tab, card, catalog filter and review page.
 *
 * @packageDocumentation
 */

export {
  readinessPlugin,
  EntityReadinessContent,
  EntityReadinessCard,
  EntityReadinessRollupCard,
  ReadinessReviewPage,
} from './plugin';
export { rootRouteRef as readinessReviewRouteRef } from './routes';
export * from './api/ReadinessApi';
export { ReadinessClient } from '@readiness/plugin-readiness-common/client';
export { ReadinessPicker } from './components/ReadinessPicker';
export type { ReadinessEntityFilters } from './components/ReadinessPicker';
export { createReadinessColumn } from './components/ReadinessColumn';
export { ReadinessFilter } from './catalog/ReadinessFilter';
export type {
  ReadinessSource,
  CatalogReadiness,
} from './catalog/entityReadiness';
