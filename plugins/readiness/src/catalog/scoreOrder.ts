import { EntityOrderFilter } from '@backstage/plugin-catalog-react';
import { READINESS_LABELS } from '@readiness/plugin-readiness-common';

/**
 * Ordering the catalog by readiness is a catalog query order on the catalog module's score
 * label, so it covers every entity and every page. The sidebar's "Order by readiness" and the
 * column header set the same order.
 */
export type ScoreOrder = 'none' | 'desc' | 'asc';

export const SCORE_ORDER_FIELD = `metadata.labels.${READINESS_LABELS.score}`;

export const SCORE_ORDER_TITLES: Record<ScoreOrder, string> = {
  none: 'Catalog order',
  desc: 'Highest score first',
  asc: 'Lowest score first',
};

function orderOfValues(values: string[]): ScoreOrder {
  const [field, direction] = values;
  return field === SCORE_ORDER_FIELD &&
    (direction === 'asc' || direction === 'desc')
    ? direction
    : 'none';
}

/** The score order in the catalog's order filter; any other order is "none" for readiness. */
export function scoreOrderOf(
  filter: EntityOrderFilter | undefined,
): ScoreOrder {
  return orderOfValues(filter?.toQueryValue() ?? []);
}

/** The score order in the URL (`filters[order]=<field>&filters[order]=desc`). */
export function scoreOrderFromQuery(
  query: string | string[] | undefined,
): ScoreOrder {
  return orderOfValues(([] as string[]).concat(query ?? []));
}

export function scoreOrderFilter(
  order: ScoreOrder,
): EntityOrderFilter | undefined {
  return order === 'none'
    ? undefined
    : new EntityOrderFilter([[SCORE_ORDER_FIELD, order]]);
}

/** A header click: highest first, then lowest first, then the catalog's own order. */
export function nextHeaderOrder(order: ScoreOrder): ScoreOrder {
  if (order === 'none') {
    return 'desc';
  }
  return order === 'desc' ? 'asc' : 'none';
}
