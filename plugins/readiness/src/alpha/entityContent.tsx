import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * The Readiness tab on component pages.
 *
 * @alpha
 */
export const readinessEntityContent = EntityContentBlueprint.make({
  params: {
    path: 'readiness',
    title: 'Readiness',
    filter: { kind: 'component' },
    loader: () =>
      import('../components/EntityReadinessContent').then(m => (
        <m.EntityReadinessContent />
      )),
  },
});
