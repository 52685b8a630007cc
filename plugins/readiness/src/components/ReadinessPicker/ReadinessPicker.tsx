import {
  DefaultEntityFilters,
  useEntityList,
} from '@backstage/plugin-catalog-react';
import {
  Box,
  MenuItem,
  Slider,
  TextField,
  Typography,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useEffect, useState } from 'react';
import {
  ReadinessFilterValue,
  parseReadinessFilter,
} from '@readiness/plugin-readiness-common';
import { ReadinessFilter } from '../../catalog/ReadinessFilter';
import { ScoreOrder, SCORE_ORDER_TITLES } from '../../catalog/scoreOrder';
import { useScoreOrder } from '../../catalog/useScoreOrder';
import { useReadinessSource } from '../../catalog/useReadinessSource';
import { assessmentOptions, levelOptions } from '../shared/levelOptions';
import { CheckboxGroup } from './CheckboxGroup';

/**
 * The catalog filters with readiness added.
 *
 * @public
 */
export type ReadinessEntityFilters = DefaultEntityFilters & {
  readiness?: ReadinessFilter;
};

const SCORE_ORDERS: ScoreOrder[] = ['none', 'desc', 'asc'];

const SCORE_MARKS = [0, 20, 40, 60, 80, 100].map(value => ({
  value,
  label: String(value),
}));

/**
 * Catalog sidebar filter by assessment state and readiness level (several of each at once) and
 * score range.
 * Its state lives in the URL (`filters[readiness]=level:gold`), so a filtered view can be shared.
 *
 * @public
 */
export function ReadinessPicker() {
  const { updateFilters, queryParameters } =
    useEntityList<ReadinessEntityFilters>();
  const [value, setValue] = useState<ReadinessFilterValue>(() =>
    parseReadinessFilter(
      queryParameters.readiness as string | string[] | undefined,
    ),
  );
  const [range, setRange] = useState([value.minScore, value.maxScore]);
  const { value: loaded, error } = useReadinessSource();
  const labels = loaded?.source.mode === 'labels';
  const [order, setOrder] = useScoreOrder(labels);

  useEffect(() => {
    if (!loaded) {
      return;
    }
    const filter = new ReadinessFilter(value, loaded.source);
    updateFilters({ readiness: filter.isActive ? filter : undefined });
  }, [loaded, value, updateFilters]);

  return (
    <Box pb={1} pt={1} data-readiness-surface="catalog-filter">
      <Typography
        variant="body2"
        component="h2"
        id="readiness-picker-label"
        style={{ fontWeight: 500 }}
      >
        Readiness
      </Typography>
      {error && (
        <Alert severity="warning">
          Readiness filter unavailable: {error.message}
        </Alert>
      )}
      <CheckboxGroup
        label="Assessment"
        options={assessmentOptions}
        selected={value.assessments}
        disabled={!loaded}
        onChange={assessments => setValue(v => ({ ...v, assessments }))}
      />
      <CheckboxGroup
        labelledBy="readiness-picker-label"
        options={levelOptions(loaded?.levels ?? [])}
        selected={value.levels}
        disabled={!loaded}
        onChange={levels => setValue(v => ({ ...v, levels }))}
      />
      <Typography variant="body2" id="readiness-score-label" gutterBottom>
        Score {range[0]} to {range[1]}
      </Typography>
      <Box px={1}>
        <Slider
          value={range}
          min={0}
          max={100}
          step={10}
          marks={SCORE_MARKS}
          disabled={!loaded}
          valueLabelDisplay="auto"
          getAriaLabel={index =>
            index === 0 ? 'Minimum score' : 'Maximum score'
          }
          onChange={(_event, next) => setRange(next as number[])}
          onChangeCommitted={(_event, next) => {
            const [minScore, maxScore] = next as number[];
            setValue(v => ({ ...v, minScore, maxScore }));
          }}
        />
      </Box>
      {(value.minScore > 0 || value.maxScore < 100) && (
        <Typography variant="caption" color="textSecondary">
          A score range leaves out entities without a score.
        </Typography>
      )}
      {labels && (
        <Box mt={2}>
          <TextField
            select
            fullWidth
            size="small"
            variant="outlined"
            id="readiness-order"
            label="Order by readiness"
            value={order}
            onChange={e => setOrder(e.target.value as ScoreOrder)}
          >
            {SCORE_ORDERS.map(option => (
              <MenuItem key={option} value={option}>
                {SCORE_ORDER_TITLES[option]}
              </MenuItem>
            ))}
          </TextField>
        </Box>
      )}
    </Box>
  );
}
