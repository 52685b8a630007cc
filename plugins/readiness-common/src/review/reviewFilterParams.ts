import { ReviewFilters, ReviewGroupBy } from './reviewTypes';

/**
 * The catalog fact each review filter narrows by. The fact's name is also the filter's query
 * parameter (in the API and in the review page's URL) and the facet it picks values from.
 *
 * @public
 */
export const REVIEW_FILTER_FACTS: Readonly<
  Record<keyof ReviewFilters, ReviewGroupBy>
> = {
  owners: 'owner',
  systems: 'system',
  domains: 'domain',
  kinds: 'kind',
  types: 'type',
  lifecycles: 'lifecycle',
};

const entries = () =>
  Object.entries(REVIEW_FILTER_FACTS) as [keyof ReviewFilters, ReviewGroupBy][];

/**
 * Review filters as query parameters, one per value.
 *
 * @public
 */
export function reviewFilterParams(
  filters: ReviewFilters,
  params: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  for (const [filter, name] of entries()) {
    for (const value of filters[filter] ?? []) {
      params.append(name, value);
    }
  }
  return params;
}

/**
 * Review filters from query parameters, given the values of each parameter; a filter without
 * values is left out.
 *
 * @public
 */
export function reviewFiltersFromParams(
  valuesOf: (name: ReviewGroupBy) => readonly string[] | undefined,
): ReviewFilters {
  const filters: ReviewFilters = {};
  for (const [filter, name] of entries()) {
    const values = valuesOf(name);
    if (values && values.length) {
      filters[filter] = [...values];
    }
  }
  return filters;
}
