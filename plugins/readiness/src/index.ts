/**
 * Readiness for Backstage: the entity tab, card, catalog filter and review page.
 *
 * @packageDocumentation
 */

export {
  readinessPlugin,
  EntityReadinessContent,
  EntityReadinessCard,
} from './plugin';
export * from './api/ReadinessApi';
export { ReadinessClient } from './api/ReadinessClient';
