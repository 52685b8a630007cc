import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { COMPONENTS, GROUPING_KINDS } from './entityFilters';

/**
 * The Readiness card on component overview pages.
 *
 * @alpha
 */
export const readinessEntityCard = EntityCardBlueprint.make({
  params: {
    filter: COMPONENTS,
    loader: () =>
      import('../components/EntityReadinessCard').then(m => (
        <m.EntityReadinessCard />
      )),
  },
});

/**
 * Readiness rolled up on Group, System and Domain overview pages.
 *
 * @alpha
 */
export const readinessRollupEntityCard = EntityCardBlueprint.make({
  name: 'rollup',
  params: {
    filter: GROUPING_KINDS,
    loader: () =>
      import('../components/EntityReadinessRollupCard').then(m => (
        <m.EntityReadinessRollupCard />
      )),
  },
});
