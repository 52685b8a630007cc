import { CatalogFilterBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * The readiness filter in the catalog page's sidebar.
 *
 * @alpha
 */
export const readinessCatalogFilter = CatalogFilterBlueprint.make({
  params: {
    loader: () =>
      import('../components/ReadinessPicker').then(m => <m.ReadinessPicker />),
  },
});
