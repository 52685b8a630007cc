/**
 * A band of the score scale: every surface that colours a score (the review's heat map, the
 * score gauge) uses these, so a colour means the same range everywhere.
 *
 * @public
 */
export type ScoreBand = {
  /** Lowest score in the band (inclusive). */
  from: number;
  /** Highest score in the band (inclusive). */
  to: number;
  /** Fill behind black text (heat-map cells). */
  color: string;
  /** The same hue strong enough for a line on white (the score gauge's ring). */
  stroke: string;
};

/**
 * Five bands of 20 points with clearly different fills (red, orange, yellow, light green,
 * green), each dark enough for black text to stay readable.
 *
 * @public
 */
export const SCORE_BANDS: readonly ScoreBand[] = [
  { from: 0, to: 19.9, color: '#ef9a9a', stroke: '#d32f2f' },
  { from: 20, to: 39.9, color: '#ffcc80', stroke: '#ef6c00' },
  { from: 40, to: 59.9, color: '#fff59d', stroke: '#b08d00' },
  { from: 60, to: 79.9, color: '#c5e1a5', stroke: '#689f38' },
  { from: 80, to: 100, color: '#81c784', stroke: '#2e7d32' },
];

/**
 * The band a score falls in; undefined for no score.
 *
 * @public
 */
export function scoreBandOf(score: number | null): ScoreBand | undefined {
  if (score === null) {
    return undefined;
  }
  return (
    SCORE_BANDS.find(band => score < band.to + 0.1) ??
    SCORE_BANDS[SCORE_BANDS.length - 1]
  );
}
