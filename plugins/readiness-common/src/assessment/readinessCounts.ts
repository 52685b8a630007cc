import { gapReasonOf } from '../scoring/rankGaps';
import { AnswerStatus } from '../types';

/**
 * The counts every surface shows of an entity's checklist (or of one section), with one
 * meaning: the tab, the card, the section headers and the API.
 *
 * @public
 */
export type ReadinessCounts = {
  questions: number;
  /** Questions a person answered (whatever the status, stale ones included). */
  answeredByPeople: number;
  /** Questions only an evidence provider answered. */
  automatic: number;
  /** Questions that still need work: unanswered, No, Partial or stale (the gap rule). */
  open: number;
  /** Answers past the review interval or their exemption's expiry, to confirm or change. */
  needsReview: number;
};

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
