import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';

/** The Readiness card on component overview pages. */
export const readinessEntityCard = EntityCardBlueprint.make({
  params: {
    filter: { kind: 'component' },
    loader: () =>
      import('../components/EntityReadinessCard').then(m => (
        <m.EntityReadinessCard />
      )),
  },
});
