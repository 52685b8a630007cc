import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { readinessApiRef } from './api/ReadinessApi';
import { ReadinessClient } from './api/ReadinessClient';

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
});

/**
 * The Readiness tab for an entity page.
 *
 * @public
 */
export const EntityReadinessContent = readinessPlugin.provide(
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
export const EntityReadinessCard = readinessPlugin.provide(
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
