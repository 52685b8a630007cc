import { TableSortLabel } from '@material-ui/core';
import { nextHeaderOrder, SCORE_ORDER_TITLES } from '../../catalog/scoreOrder';
import { useReadinessSource } from '../../catalog/useReadinessSource';
import { useScoreOrder } from '../../catalog/useScoreOrder';

/** Why the header does not sort: without the catalog module's labels there is no server order. */
export const READINESS_COLUMN_NO_ORDER_NOTE =
  'Ordering the catalog by readiness needs the readiness catalog module (score labels).';

/**
 * The column's header. A click orders the whole catalog by score on the catalog server (every
 * page, the same order as the sidebar's "Order by readiness"); sorting only the loaded page
 * would put a page's best above better entities on the next page.
 */
export function ReadinessColumnTitle() {
  const { value } = useReadinessSource();
  const labels = value?.source.mode === 'labels';
  const [order, setOrder] = useScoreOrder(labels);
  if (!labels) {
    return <span title={READINESS_COLUMN_NO_ORDER_NOTE}>Readiness</span>;
  }
  const next = nextHeaderOrder(order);
  return (
    <TableSortLabel
      active={order !== 'none'}
      direction={order === 'asc' ? 'asc' : 'desc'}
      title={`Order the whole catalog: ${SCORE_ORDER_TITLES[
        next
      ].toLowerCase()}`}
      aria-label={`Readiness, ${SCORE_ORDER_TITLES[order].toLowerCase()}`}
      onClick={() => setOrder(next)}
      data-readiness-order={order}
    >
      Readiness
    </TableSortLabel>
  );
}
