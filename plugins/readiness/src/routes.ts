import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The org-wide readiness review page.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'readiness' });
