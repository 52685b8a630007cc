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

/**
 * How a question fails where it applies, as two shares that are never added up: answered and
 * failing (No and stale answers fully, Partial half) and not answered at all. So "fails
 * everywhere" and "nobody answered" read apart. Fractions of the entities it applies to (N/A
 * left out); 0 when it applies to none.
 *
 * @public
 */
export function questionFailureShares(q: QuestionFigures): {
  answeredFailing: number;
  unanswered: number;
} {
  const applicable = q.entities - q.na;
  if (applicable <= 0) {
    return { answeredFailing: 0, unanswered: 0 };
  }
  return {
    answeredFailing: (q.no + q.stale + q.partial / 2) / applicable,
    unanswered: q.unanswered / applicable,
  };
}
