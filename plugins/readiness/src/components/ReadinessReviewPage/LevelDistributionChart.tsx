import { InfoCard } from '@backstage/core-components';
import {
  levelColor,
  NO_LEVEL,
  NO_LEVEL_TITLE,
  ReadinessReport,
} from '@readiness/plugin-readiness-common';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** How many assessed entities reached each level. */
export function LevelDistributionChart(props: { report: ReadinessReport }) {
  const { totals, levels } = props.report;
  const data = [
    { id: NO_LEVEL, title: NO_LEVEL_TITLE },
    ...levels.map(l => ({ id: l.id, title: l.title })),
  ].map(level => ({
    ...level,
    entities: totals.levels[level.id] ?? 0,
    color: levelColor(levels, level.id),
  }));
  return (
    <InfoCard title="Level distribution">
      <div
        role="img"
        aria-label={`Level distribution: ${data
          .map(d => `${d.title} ${d.entities}`)
          .join(', ')}`}
        style={{ width: '100%', height: 240 }}
      >
        <ResponsiveContainer>
          <BarChart
            data={data}
            margin={{ top: 8, right: 8, left: 0, bottom: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            {/* Every level's label, also on a phone (recharts drops labels that would touch). */}
            <XAxis dataKey="title" interval={0} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="entities" name="Entities" isAnimationActive={false}>
              {data.map(d => (
                <Cell key={d.id} fill={d.color} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </InfoCard>
  );
}
