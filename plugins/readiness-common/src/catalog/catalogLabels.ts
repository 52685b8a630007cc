/**
 * Labels that `@readiness/plugin-catalog-backend-module-readiness` sets on catalog entities, so
 * the catalog itself can filter and sort by readiness (also with server-side pagination).
 *
 * @public
 */
export const READINESS_LABELS = {
  /** A level id, {@link NO_LEVEL} or {@link NOT_ASSESSED}. */
  level: 'readiness.backstage.io/level',
  /** The lower bound of the score's 10-point band: `0`, `10`, ... `90` (90 holds 90 to 100). */
  scoreBand: 'readiness.backstage.io/score-band',
  /** The score with one decimal, zero-padded to sort as text: `007.5`, `084.0`, `100.0`. */
  score: 'readiness.backstage.io/score',
} as const;

/**
 * Level value for entities that have answers but have not reached the first level.
 *
 * @public
 */
export const NO_LEVEL = 'none';

/**
 * Level value for entities a checklist applies to that have no answers yet.
 *
 * @public
 */
export const NOT_ASSESSED = 'not-assessed';

/**
 * Width of a score band.
 *
 * @public
 */
export const SCORE_BAND_WIDTH = 10;

/**
 * The band a score falls in: the multiple of 10 at or below it, with 100 in the 90 band.
 *
 * @public
 */
export function scoreBand(score: number): number {
  return Math.min(90, Math.floor(score / SCORE_BAND_WIDTH) * SCORE_BAND_WIDTH);
}

/**
 * The bands that together hold exactly the scores from `min` to `max`, when both are multiples
 * of 10 (`max` 100 includes a perfect score). Other bounds widen to the enclosing bands.
 *
 * @public
 */
export function scoreBandsBetween(min: number, max: number): string[] {
  const bands: string[] = [];
  for (let band = scoreBand(min); band <= 90; band += SCORE_BAND_WIDTH) {
    if (band >= max && !(max === 100 && band === 90)) {
      break;
    }
    bands.push(String(band));
  }
  return bands;
}

/**
 * Formats a score for the sortable score label.
 *
 * @public
 */
export function formatScoreLabel(score: number): string {
  return score.toFixed(1).padStart(5, '0');
}

/**
 * The readiness labels for an entity: its stored level and score, or {@link NOT_ASSESSED}.
 *
 * @public
 */
export function readinessLabelsFor(
  stored:
    | { level: string | null; score: number | null; answered: number }
    | undefined,
): Record<string, string> {
  if (!stored || stored.answered === 0) {
    return { [READINESS_LABELS.level]: NOT_ASSESSED };
  }
  const labels: Record<string, string> = {
    [READINESS_LABELS.level]: stored.level ?? NO_LEVEL,
  };
  if (stored.score !== null) {
    labels[READINESS_LABELS.scoreBand] = String(scoreBand(stored.score));
    labels[READINESS_LABELS.score] = formatScoreLabel(stored.score);
  }
  return labels;
}
