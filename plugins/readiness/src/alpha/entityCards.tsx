import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * The Readiness card on component overview pages.
 *
 * @alpha
 */
export const readinessEntityCard = EntityCardBlueprint.make({
  params: {
    filter: { kind: 'component' },
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
    filter: { kind: { $in: ['group', 'system', 'domain'] } },
    loader: () =>
      import('../components/EntityReadinessRollupCard').then(m => (
        <m.EntityReadinessRollupCard />
      )),
  },
});
