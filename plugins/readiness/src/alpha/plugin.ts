import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { readinessApi } from './apis';
import { readinessCatalogFilter } from './catalogFilter';
import { readinessEntityCard } from './entityCards';
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
    readinessCatalogFilter,
  ],
});
