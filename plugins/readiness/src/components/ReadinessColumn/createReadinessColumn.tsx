import { Entity } from '@backstage/catalog-model';
import { TableColumn } from '@backstage/core-components';
import { ReadinessColumnTitle } from './ReadinessColumnTitle';
import { ReadinessScoreCell } from './ReadinessScoreCell';

/**
 * A catalog table column with each entity's readiness level and score. Its header orders the
 * whole catalog by score on the catalog server (with the catalog module), never just the loaded
 * page, so it agrees with the sidebar's "Order by readiness" under server-side pagination.
 *
 * @public
 */
export function createReadinessColumn<
  T extends { entity: Entity },
>(): TableColumn<T> {
  return {
    title: <ReadinessColumnTitle />,
    field: 'entity.metadata.labels',
    // The table's own sort would order the current page only; the header orders the catalog.
    sorting: false,
    // Room for the widest chip ("Bronze · 56.9%"); the note under "Not assessed" wraps.
    width: '150px',
    render: row => <ReadinessScoreCell entity={row.entity} />,
    searchable: false,
  };
}
