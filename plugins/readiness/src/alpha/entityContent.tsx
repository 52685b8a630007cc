import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { COMPONENTS } from './entityFilters';

/**
 * The Readiness tab on component pages.
 *
 * @alpha
 */
export const readinessEntityContent = EntityContentBlueprint.make({
  params: {
    path: 'readiness',
    title: 'Readiness',
    filter: COMPONENTS,
    loader: () =>
      import('../components/EntityReadinessContent').then(m => (
        <m.EntityReadinessContent />
      )),
  },
});
