/**
 * The Readiness plugin for Backstage's new frontend system.
 *
 * @packageDocumentation
 */

import { readinessFrontendPlugin } from './plugin';

export { readinessApi } from './apis';
export { readinessCatalogFilter } from './catalogFilter';
export { readinessReviewPage } from './pages';
export { readinessEntityCard, readinessRollupEntityCard } from './entityCards';
export { readinessEntityContent } from './entityContent';
export default readinessFrontendPlugin;
