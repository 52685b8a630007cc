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

/**
 * A catalog table column with each entity's readiness level and score, sortable by score.
 *
 * @public
 */
export function createReadinessColumn<
  T extends { entity: Entity },
>(): TableColumn<T> {
  return {
    title: 'Readiness',
    field: 'entity.metadata.labels',
    width: '170px',
    cellStyle: { whiteSpace: 'nowrap' },
    render: row => <ReadinessScoreCell entity={row.entity} />,
    customSort: (a, b) => sortKey(a.entity) - sortKey(b.entity),
    searchable: false,
  };
}
