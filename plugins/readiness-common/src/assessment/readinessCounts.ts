import type { components } from '../generated/openapi';
import { gapReasonOf } from '../scoring/rankGaps';
import { AnswerStatus } from '../types';

/**
 * The counts every surface shows (generated from the API's `ReadinessCounts` schema): answered
 * by people, automatic, open and needs review.
 *
 * @public
 */
export type ReadinessCounts = components['schemas']['ReadinessCounts'];

/**
 * What the counts need of an answer.
 *
 * @public
 */
export type CountedAnswer = {
  status: AnswerStatus;
  stale: boolean;
  source?: 'person' | 'evidence';
};

/**
 * The counts of the given questions from the answers an entity shows (by question id); answers
 * without a source are people's.
 *
 * @public
 */
export function readinessCounts(
  questionIds: string[],
  answers: ReadonlyMap<string, CountedAnswer>,
): ReadinessCounts {
  const counts: ReadinessCounts = {
    questions: questionIds.length,
    answeredByPeople: 0,
    automatic: 0,
    open: 0,
    needsReview: 0,
  };
  for (const id of questionIds) {
    const answer = answers.get(id);
    if (answer?.source === 'evidence') {
      counts.automatic += 1;
    } else if (answer) {
      counts.answeredByPeople += 1;
    }
    if (gapReasonOf(answer) !== undefined) {
      counts.open += 1;
    }
    if (answer?.stale) {
      counts.needsReview += 1;
    }
  }
  return counts;
}

/**
 * The counts in words, the same on every surface: "12 of 56 answered by people · 11 automatic ·
 * 33 open · 2 need review" (the last only when some do).
 *
 * @public
 */
export function describeReadinessCounts(counts: ReadinessCounts): string {
  return [
    `${counts.answeredByPeople} of ${counts.questions} answered by people`,
    `${counts.automatic} automatic`,
    `${counts.open} open`,
    ...(counts.needsReview > 0 ? [`${counts.needsReview} need review`] : []),
  ].join(' · ');
}
