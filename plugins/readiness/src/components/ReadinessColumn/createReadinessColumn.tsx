import { Entity } from '@backstage/catalog-model';
import { TableColumn } from '@backstage/core-components';
import { scoreIndex } from '../../catalog/catalogData';
import {
  readinessFromLabels,
  readinessOf,
} from '../../catalog/entityReadiness';
import { ReadinessScoreCell } from './ReadinessScoreCell';

/** Sort key: the score (in every assessment state); no score below that; no checklist last. */
function sortKey(entity: Entity): number {
  const scores = scoreIndex.peekLatest();
  const readiness =
    readinessFromLabels(entity) ??
    (scores
      ? readinessOf(entity, {
          mode: 'scores',
          scores,
          targets: [[{ kind: entity.kind }]],
        })
      : undefined);
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
  return {
    title: <span title={READINESS_COLUMN_SORT_NOTE}>Readiness</span>,
    field: 'entity.metadata.labels',
    width: '170px',
    cellStyle: { whiteSpace: 'nowrap' },
    render: row => <ReadinessScoreCell entity={row.entity} />,
    customSort: (a, b) => sortKey(a.entity) - sortKey(b.entity),
    searchable: false,
  };
}
