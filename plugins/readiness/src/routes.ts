import { createRouteRef } from '@backstage/core-plugin-api';

/** The org-wide readiness review page. */
export const rootRouteRef = createRouteRef({ id: 'readiness' });
