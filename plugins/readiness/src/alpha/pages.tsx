import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { rootRouteRef } from '../routes';

/**
 * The org-wide review page at `/readiness`, with its own navigation entry; it has the same
 * header and content padding as in the legacy frontend system.
 *
 * @alpha
 */
export const readinessReviewPage = PageBlueprint.make({
  params: {
    path: '/readiness',
    title: 'Readiness',
    icon: <AssessmentIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('../components/ReadinessReviewPage').then(m => (
        <m.ReadinessReviewPage />
      )),
  },
});
