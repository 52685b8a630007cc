import {
  DefaultEntityFilters,
  EntityOrderFilter,
  useEntityList,
} from '@backstage/plugin-catalog-react';
import { useCallback, useEffect, useRef } from 'react';
import {
  ScoreOrder,
  scoreOrderFilter,
  scoreOrderFromQuery,
  scoreOrderOf,
} from './scoreOrder';

type OrderedFilters = DefaultEntityFilters & { order?: EntityOrderFilter };

/**
 * The catalog's order by readiness score, shared by every control that sets it (the state is
 * the entity list's order filter). Once ordering is possible (`enabled`: the catalog has the
 * score labels), an order in the URL is applied.
 */
export function useScoreOrder(
  enabled: boolean,
): [ScoreOrder, (order: ScoreOrder) => void] {
  const { filters, queryParameters, updateFilters } =
    useEntityList<OrderedFilters>();
  const restored = useRef(false);
  const current = scoreOrderOf(filters.order);
  const fromUrl = scoreOrderFromQuery(
    queryParameters.order as string | string[] | undefined,
  );

  useEffect(() => {
    if (!enabled || restored.current) {
      return;
    }
    restored.current = true;
    if (fromUrl !== 'none' && fromUrl !== current) {
      updateFilters({ order: scoreOrderFilter(fromUrl) });
    }
  }, [enabled, fromUrl, current, updateFilters]);

  const setOrder = useCallback(
    (order: ScoreOrder) => updateFilters({ order: scoreOrderFilter(order) }),
    [updateFilters],
  );
  return [current, setOrder];
}
