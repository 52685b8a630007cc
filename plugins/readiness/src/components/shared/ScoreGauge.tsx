import { useTheme } from '@material-ui/core';
import { scoreBandOf } from '@readiness/plugin-readiness-common';

const RADIUS = 42;
const RING = 10;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * The score as a ring in the score scale's colour (the heat map's bands), with the number
 * inside. Drawn in one SVG whose text scales with the ring, so the number stays inside the
 * ring at any size ("100%" is about 55 of the 74 units within it).
 */
export function ScoreGauge(props: { score: number | null; size: number }) {
  const theme = useTheme();
  const { score, size } = props;
  const band = scoreBandOf(score);
  const filled = ((score ?? 0) / 100) * CIRCUMFERENCE;
  return (
    <svg
      viewBox="0 0 100 100"
      width={size}
      height={size}
      aria-hidden="true"
      data-testid="score-gauge"
      data-score-band={band ? band.from : 'none'}
    >
      <circle
        cx={50}
        cy={50}
        r={RADIUS}
        fill="none"
        stroke={theme.palette.divider}
        strokeWidth={RING}
      />
      {band && (
        <circle
          cx={50}
          cy={50}
          r={RADIUS}
          fill="none"
          stroke={band.stroke}
          strokeWidth={RING}
          strokeDasharray={`${filled} ${CIRCUMFERENCE}`}
          transform="rotate(-90 50 50)"
        />
      )}
      <text
        x={50}
        y={50}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={score === null ? 16 : 20}
        fontWeight={700}
        fill={theme.palette.text.primary}
      >
        {score === null ? 'N/A' : `${score}%`}
      </text>
    </svg>
  );
}
