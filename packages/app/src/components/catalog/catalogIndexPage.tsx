import { CatalogIndexPage, CatalogTable } from '@backstage/plugin-catalog';
import { DefaultFilters } from '@backstage/plugin-catalog-react';
import {
  ReadinessPicker,
  createReadinessColumn,
} from '@readiness/plugin-readiness';

/**
 * The catalog with readiness: a filter in the sidebar and a sortable column. Server-side
 * pagination is on, as large catalogs run it; the readiness filter then narrows the catalog's
 * own query through the labels of the readiness catalog module.
 */
export const catalogIndexPage = (
  <CatalogIndexPage
    pagination={{ mode: 'offset', limit: 20 }}
    filters={
      <>
        <DefaultFilters initialKind="component" initiallySelectedFilter="all" />
        <ReadinessPicker />
      </>
    }
    columns={context => [
      ...CatalogTable.defaultColumnsFunc(context),
      createReadinessColumn(),
    ]}
  />
);
