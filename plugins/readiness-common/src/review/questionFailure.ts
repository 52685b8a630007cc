import { QuestionFigures } from './reviewTypes';

/**
 * How much a question fails where it applies, from 0 (everyone has a fresh Yes) to 1: No,
 * unanswered and stale answers count fully, Partial half; N/A answers are left out.
 *
 * @public
 */
export function questionFailureRate(q: QuestionFigures): number {
  const applicable = q.entities - q.na;
  if (applicable <= 0) {
    return 0;
  }
  return (q.no + q.unanswered + q.stale + q.partial / 2) / applicable;
}
