import { Chip, Grid, MenuItem, TextField } from '@material-ui/core';
import { Autocomplete } from '@material-ui/lab';
import {
  REVIEW_FILTER_FACTS,
  REVIEW_GROUP_BYS,
  ReviewFilters,
  ReviewGroupBy,
} from '@readiness/plugin-readiness-common';
import { GROUP_BY_LABEL } from '../shared/groupLabels';
import { useEntityNames } from '../shared/useEntityNames';
import { ReviewParams } from './useReviewParams';

// The filters the bar offers; each picks values from the facet of its catalog fact.
const FILTERS = (
  ['owners', 'systems', 'kinds', 'lifecycles'] as (keyof ReviewFilters)[]
).map(filter => ({ filter, facet: REVIEW_FILTER_FACTS[filter] }));

/** Group-by choice and the owner, system, kind and lifecycle filters of the review page. */
export function ReviewFilterBar(props: {
  params: ReviewParams;
  facets?: Record<ReviewGroupBy, string[]>;
  onChange: (params: ReviewParams) => void;
}) {
  const { params, facets, onChange } = props;
  const nameOf = useEntityNames([
    ...FILTERS.flatMap(({ facet }) => facets?.[facet] ?? []),
    ...FILTERS.flatMap(({ filter }) => params.filters[filter] ?? []),
  ]);
  return (
    <Grid container spacing={2} alignItems="center">
      <Grid item xs={12} sm={6} md={2}>
        <TextField
          select
          fullWidth
          id="readiness-review-group-by"
          label="Group by"
          variant="outlined"
          size="small"
          value={params.groupBy}
          onChange={e =>
            onChange({ ...params, groupBy: e.target.value as ReviewGroupBy })
          }
        >
          {REVIEW_GROUP_BYS.map(groupBy => (
            <MenuItem key={groupBy} value={groupBy}>
              {GROUP_BY_LABEL[groupBy]}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid item xs={12} sm={6} md={2}>
        <TextField
          select
          fullWidth
          id="readiness-review-population"
          label="Scores over"
          variant="outlined"
          size="small"
          value={params.population}
          onChange={e =>
            onChange({
              ...params,
              population: e.target.value as ReviewParams['population'],
            })
          }
        >
          <MenuItem value="all">All entities in scope</MenuItem>
          <MenuItem value="assessed">Assessed entities only</MenuItem>
        </TextField>
      </Grid>
      {FILTERS.map(({ filter, facet }) => (
        <Grid item xs={12} sm={6} md={2} key={filter}>
          <Autocomplete
            multiple
            size="small"
            options={facets?.[facet] ?? []}
            value={params.filters[filter] ?? []}
            getOptionLabel={nameOf}
            onChange={(_event, values) =>
              onChange({
                ...params,
                filters: {
                  ...params.filters,
                  [filter]: values.length ? values : undefined,
                },
              })
            }
            renderTags={(values, getTagProps) =>
              values.map((value, index) => {
                // getTagProps carries a key; React wants it passed directly.
                const { key: _key, ...tagProps } = getTagProps({
                  index,
                }) as ReturnType<typeof getTagProps> & { key?: string };
                return (
                  <Chip
                    key={value}
                    size="small"
                    label={nameOf(value)}
                    {...tagProps}
                  />
                );
              })
            }
            renderInput={inputParams => (
              <TextField
                {...inputParams}
                variant="outlined"
                label={GROUP_BY_LABEL[facet]}
              />
            )}
          />
        </Grid>
      ))}
    </Grid>
  );
}
