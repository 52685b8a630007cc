import { AssessmentState } from '../assessment/assessmentState';

/**
 * Labels that `@readiness/plugin-catalog-backend-module-readiness` sets on catalog entities, so
 * the catalog itself can filter and sort by readiness (also with server-side pagination).
 *
 * @public
 */
export const READINESS_LABELS = {
  /** A level id, or {@link NO_LEVEL} below the first level (in every assessment state). */
  level: 'readiness.backstage.io/level',
  /** The {@link AssessmentState}: `not-started`, `automatic` or `assessed`. */
  assessment: 'readiness.backstage.io/assessment',
  /** The lower bound of the score's 10-point band: `0`, `10`, ... `90` (90 holds 90 to 100). */
  scoreBand: 'readiness.backstage.io/score-band',
  /** The score with one decimal, zero-padded to sort as text: `007.5`, `084.0`, `100.0`. */
  score: 'readiness.backstage.io/score',
} as const;

/**
 * Level value for entities below the first level.
 *
 * @public
 */
export const NO_LEVEL = 'none';

/**
 * How {@link NO_LEVEL} reads on every surface.
 *
 * @public
 */
export const NO_LEVEL_TITLE = 'No level';

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
 * The readiness labels for an entity a checklist applies to: its assessment state, level and
 * score, in every state (an entity not scored yet is `not-started` below the first level).
 *
 * @public
 */
export function readinessLabelsFor(
  stored:
    | {
        level: string | null;
        score: number | null;
        assessment: AssessmentState;
      }
    | undefined,
): Record<string, string> {
  const labels: Record<string, string> = {
    [READINESS_LABELS.assessment]: stored?.assessment ?? 'not-started',
    [READINESS_LABELS.level]: stored?.level ?? NO_LEVEL,
  };
  if (stored && stored.score !== null) {
    labels[READINESS_LABELS.scoreBand] = String(scoreBand(stored.score));
    labels[READINESS_LABELS.score] = formatScoreLabel(stored.score);
  }
  return labels;
}
