import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { MenuItem, TextField } from '@material-ui/core';
import { ReadinessReport } from '@readiness/plugin-readiness-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { readinessApiRef } from '../../api/ReadinessApi';
import { useEntityNames } from '../shared/useEntityNames';

const GROUP_COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd'];
const OVERALL = 'All selected';

/**
 * Average score per day from the daily snapshots: the whole selection, and the five largest
 * groups. Two requests, whatever the number of entities.
 */
export function TrendChart(props: { report: ReadinessReport }) {
  const { report } = props;
  const api = useApi(readinessApiRef);
  const [days, setDays] = useState(90);
  const largest = [...report.groups]
    .filter(g => g.key !== null)
    .sort((a, b) => b.entities - a.entities)
    .slice(0, 5)
    .map(g => g.key as string);
  const filtersKey = JSON.stringify(report.filters);
  const nameOf = useEntityNames(largest);

  const { value, loading, error } = useAsync(async () => {
    const [overall, byGroup] = await Promise.all([
      api.getTrends({ groupBy: 'all', days, filters: report.filters }),
      api.getTrends({ groupBy: report.groupBy, days, filters: report.filters }),
    ]);
    const byDay = new Map<string, Record<string, number | string | null>>();
    const point = (day: string) => {
      const existing = byDay.get(day);
      if (existing) return existing;
      const created: Record<string, number | string | null> = { day };
      byDay.set(day, created);
      return created;
    };
    for (const p of overall.points) {
      point(p.day)[OVERALL] = p.averageScore;
    }
    for (const p of byGroup.points) {
      if (p.key !== null && largest.includes(p.key)) {
        point(p.day)[p.key] = p.averageScore;
      }
    }
    return [...byDay.values()].sort((a, b) =>
      String(a.day).localeCompare(String(b.day)),
    );
    // largest follows the report, which filtersKey and groupBy identify.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, days, report.groupBy, filtersKey]);

  const daysPicker = (
    <TextField
      select
      size="small"
      id="readiness-trend-days"
      label="Period"
      value={days}
      onChange={e => setDays(Number(e.target.value))}
    >
      <MenuItem value={30}>30 days</MenuItem>
      <MenuItem value={90}>90 days</MenuItem>
      <MenuItem value={365}>1 year</MenuItem>
    </TextField>
  );

  let body;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = <ResponseErrorPanel error={error} title="Could not load trends" />;
  } else if (!value || value.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title="No snapshots yet"
        description="A snapshot of every score is taken once a day (the first within an hour of the backend starting); the trend grows from there."
      />
    );
  } else {
    body = (
      <div
        role="img"
        aria-label={`Average score over time, ${value.length} days`}
        style={{ width: '100%', height: 300 }}
      >
        <ResponsiveContainer>
          <LineChart
            data={value}
            margin={{ top: 8, right: 16, left: 0, bottom: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis domain={[0, 100]} unit="%" />
            <Tooltip />
            <Legend />
            <Line
              type="monotone"
              dataKey={OVERALL}
              stroke="#000"
              strokeWidth={3}
              dot={value.length < 3}
              isAnimationActive={false}
            />
            {largest.map((key, i) => (
              <Line
                key={key}
                type="monotone"
                dataKey={key}
                name={nameOf(key)}
                stroke={GROUP_COLORS[i]}
                dot={value.length < 3}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    );
  }

  return (
    <InfoCard title="Average score over time" action={daysPicker}>
      {body}
    </InfoCard>
  );
}
