import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { readinessApiRef } from './api/ReadinessApi';
import { ReadinessClient } from '@readiness/plugin-readiness-common/client';
import { rootRouteRef } from './routes';

/**
 * The Readiness frontend plugin.
 *
 * @public
 */
export const readinessPlugin = createPlugin({
  id: 'readiness',
  apis: [
    createApiFactory({
      api: readinessApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new ReadinessClient(deps),
    }),
  ],
  routes: { root: rootRouteRef },
});

/**
 * The org-wide readiness review page; mount it at `/readiness`.
 *
 * @public
 */
export const ReadinessReviewPage: () => JSX.Element = readinessPlugin.provide(
  createRoutableExtension({
    name: 'ReadinessReviewPage',
    component: () =>
      import('./components/ReadinessReviewPage').then(
        m => m.ReadinessReviewPage,
      ),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The Readiness tab for an entity page.
 *
 * @public
 */
export const EntityReadinessContent: () => JSX.Element =
  readinessPlugin.provide(
    createComponentExtension({
      name: 'EntityReadinessContent',
      component: {
        lazy: () =>
          import('./components/EntityReadinessContent').then(
            m => m.EntityReadinessContent,
          ),
      },
    }),
  );

/**
 * Overview card with the entity's readiness score, level and top gaps.
 *
 * @public
 */
export const EntityReadinessCard: (props: {
  /** Path of the Readiness tab on the entity page; `readiness` unless you mounted it elsewhere. */
  tabPath?: string;
}) => JSX.Element | null = readinessPlugin.provide(
  createComponentExtension({
    name: 'EntityReadinessCard',
    component: {
      lazy: () =>
        import('./components/EntityReadinessCard').then(
          m => m.EntityReadinessCard,
        ),
    },
  }),
);

/**
 * Readiness rolled up on Group, System and Domain pages: coverage, average score, level
 * distribution and the lowest entities, linking to the review filtered to them.
 *
 * @public
 */
export const EntityReadinessRollupCard: () => JSX.Element | null =
  readinessPlugin.provide(
    createComponentExtension({
      name: 'EntityReadinessRollupCard',
      component: {
        lazy: () =>
          import('./components/EntityReadinessRollupCard').then(
            m => m.EntityReadinessRollupCard,
          ),
      },
    }),
  );
