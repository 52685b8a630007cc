import { Entity } from '@backstage/catalog-model';
import { TableColumn } from '@backstage/core-components';
import {
  readinessFromLabels,
  readinessOf,
  ReadinessSource,
} from '../../catalog/entityReadiness';
import { ReadinessScoreCell } from './ReadinessScoreCell';

/**
 * Sort key: the score (in every assessment state); no score below that; no checklist last.
 * Before the cells have loaded the scores, only labels count.
 */
function sortKey(entity: Entity, source: ReadinessSource | undefined): number {
  const readiness = source
    ? readinessOf(entity, source)
    : readinessFromLabels(entity);
  if (!readiness) {
    return -2;
  }
  if (readiness.score === null) {
    return -1;
  }
  return readiness.score;
}

/** What sorting by the column does: the catalog table sorts the rows it has, the current page. */
export const READINESS_COLUMN_SORT_NOTE =
  'Sorting by this column orders the rows on this page. To order the whole catalog by score, use "Order by readiness" in the filters.';

/**
 * A catalog table column with each entity's readiness level and score, sortable by score. With
 * server-side pagination the table sorts the current page only, and the header says so; the
 * picker's "Order by readiness" orders the whole catalog on the server.
 *
 * @public
 */
export function createReadinessColumn<
  T extends { entity: Entity },
>(): TableColumn<T> {
  // The table sorts synchronously; the cells hand over what they loaded for it, per column.
  let loaded: ReadinessSource | undefined;
  const remember = (source: ReadinessSource) => {
    loaded = source;
  };
  return {
    title: <span title={READINESS_COLUMN_SORT_NOTE}>Readiness</span>,
    field: 'entity.metadata.labels',
    width: '130px',
    cellStyle: { whiteSpace: 'nowrap' },
    render: row => (
      <ReadinessScoreCell entity={row.entity} onSource={remember} />
    ),
    customSort: (a, b) => sortKey(a.entity, loaded) - sortKey(b.entity, loaded),
    searchable: false,
  };
}
