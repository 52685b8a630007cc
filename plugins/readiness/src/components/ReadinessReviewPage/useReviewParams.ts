import {
  REVIEW_GROUP_BYS,
  ReviewFilters,
  reviewFilterParams,
  reviewFiltersFromParams,
  ReviewGroupBy,
  ReviewPopulation,
} from '@readiness/plugin-readiness-common';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/** What the review page shows; it lives in the URL so every view is a link to share. */
export type ReviewParams = {
  groupBy: ReviewGroupBy;
  filters: ReviewFilters;
  population: ReviewPopulation;
};

export function useReviewParams(): [
  ReviewParams,
  (next: ReviewParams) => void,
] {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = searchParams.toString();
  const params = useMemo(() => {
    const groupBy = searchParams.get('groupBy') as ReviewGroupBy | null;
    const filters = reviewFiltersFromParams(name => searchParams.getAll(name));
    return {
      groupBy:
        groupBy && REVIEW_GROUP_BYS.includes(groupBy) ? groupBy : 'owner',
      filters,
      population: (searchParams.get('population') === 'assessed'
        ? 'assessed'
        : 'all') as ReviewPopulation,
    };
    // The search string identifies the parameters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const update = useCallback(
    (next: ReviewParams) => {
      const out = new URLSearchParams();
      out.set('groupBy', next.groupBy);
      if (next.population === 'assessed') {
        out.set('population', 'assessed');
      }
      reviewFilterParams(next.filters, out);
      setSearchParams(out, { replace: true });
    },
    [setSearchParams],
  );
  return [params, update];
}
