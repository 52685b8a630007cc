import {
  reviewFilterParams,
  reviewFiltersFromParams,
} from './reviewFilterParams';

describe('review filter parameters', () => {
  it('writes one parameter per value, named after the catalog fact', () => {
    expect(
      reviewFilterParams({
        owners: ['team-a', 'team-b'],
        lifecycles: ['production'],
        types: [],
      }).toString(),
    ).toBe('owner=team-a&owner=team-b&lifecycle=production');
  });

  it('reads back what it wrote, leaving out filters without values', () => {
    const filters = {
      owners: ['team-a'],
      systems: ['pay'],
      kinds: ['Component'],
    };
    const params = reviewFilterParams(filters);
    params.set('groupBy', 'owner');
    expect(reviewFiltersFromParams(name => params.getAll(name))).toEqual(
      filters,
    );
  });
});
