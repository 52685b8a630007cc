import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { readinessApiRef } from '../../api/ReadinessApi';

/**
 * The entity's own score over the last 90 days, from the daily snapshots (rebuilt from the
 * answer history on first start, so it shows the past, not one dot).
 */
export function EntityScoreTrend(props: { entityRef: string }) {
  const api = useApi(readinessApiRef);
  const { value, loading, error } = useAsync(
    () => api.getEntityTrend(props.entityRef, { days: 90 }),
    [api, props.entityRef],
  );
  const points = value?.points.filter(p => p.score !== null) ?? [];
  const first = points[0];
  const last = points[points.length - 1];
  const summary =
    first && last
      ? `Score over time: ${first.score}% on ${first.day}, ${last.score}% on ${last.day}`
      : 'Score over time: no snapshots yet';
  return (
    <InfoCard title="Score over time" subheader="Last 90 days, one point a day">
      {loading && <Progress />}
      {error && (
        <Typography variant="body2" color="textSecondary">
          The score history could not be loaded: {error.message}
        </Typography>
      )}
      {!loading && !error && points.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          No daily snapshot of this entity yet; the first is taken within the
          hour.
        </Typography>
      )}
      {points.length > 0 && (
        <div role="img" aria-label={summary}>
          <ResponsiveContainer width="100%" height={160}>
            <LineChart
              data={points}
              margin={{ top: 8, right: 16, left: 0, bottom: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="day" minTickGap={24} />
              <YAxis domain={[0, 100]} unit="%" width={48} />
              <Tooltip />
              <Line
                type="monotone"
                dataKey="score"
                name="Score"
                stroke="#1f77b4"
                dot={points.length < 2}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </InfoCard>
  );
}
