import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { readinessApi } from './apis';
import { readinessCatalogFilter } from './catalogFilter';
import { readinessReviewPage } from './pages';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { rootRouteRef } from '../routes';
import { readinessEntityCard, readinessRollupEntityCard } from './entityCards';
import { readinessEntityContent } from './entityContent';

/**
 * The Readiness plugin for Backstage's new frontend system.
 *
 * @alpha
 */
export const readinessFrontendPlugin = createFrontendPlugin({
  pluginId: 'readiness',
  extensions: [
    readinessApi,
    readinessEntityContent,
    readinessEntityCard,
    readinessRollupEntityCard,
    readinessCatalogFilter,
    readinessReviewPage,
  ],
  routes: { root: convertLegacyRouteRef(rootRouteRef) },
});
