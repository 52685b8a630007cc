import { AnswerStatus, Checklist, ChecklistQuestion } from '../types';
import { ReadinessResult } from './scoreReadiness';

/**
 * Why a question counts as a gap.
 *
 * @public
 */
export type GapReason = 'unanswered' | 'no' | 'partial' | 'stale';

/**
 * One open checklist item, with what closing it is worth.
 *
 * @public
 */
export type ReadinessGap = {
  question: ChecklistQuestion;
  sectionId: string;
  reason: GapReason;
  /** Whether the next level cannot be reached until this question is a fresh Yes. */
  blocksNextLevel: boolean;
  /** Weight still to earn on this question (its weight, or half of it for Partial). */
  remainingWeight: number;
};

/**
 * The answer facts gap ranking needs: status and whether the answer is stale.
 *
 * @public
 */
export type GapAnswer = {
  questionId: string;
  status: AnswerStatus;
  stale: boolean;
};

/**
 * Why a question is open (unanswered, stale, No or Partial), or undefined when it is done: a
 * fresh Yes or an N/A. The one rule of "open item" for the tab, the card and the gap ranking.
 *
 * @public
 */
export function gapReasonOf(
  answer: Pick<GapAnswer, 'status' | 'stale'> | undefined,
): GapReason | undefined {
  if (!answer) {
    return 'unanswered';
  }
  if (answer.stale) {
    return 'stale';
  }
  return answer.status === 'no' || answer.status === 'partial'
    ? answer.status
    : undefined;
}

/**
 * Lists an entity's open items, most valuable first: questions that block the next level come
 * first, then the ones whose answer would add the most weight, in checklist order on ties.
 * N/A and fresh Yes answers are not gaps.
 *
 * @public
 */
export function rankGaps(
  checklist: Checklist,
  result: Pick<ReadinessResult, 'nextLevel'>,
  answers: GapAnswer[],
): ReadinessGap[] {
  const byQuestion = new Map(answers.map(a => [a.questionId, a]));
  const blocking = new Set(result.nextLevel?.missingRequired ?? []);
  const gaps: ReadinessGap[] = [];
  for (const section of checklist.sections) {
    for (const question of section.questions) {
      const reason = gapReasonOf(byQuestion.get(question.id));
      if (!reason) {
        continue;
      }
      gaps.push({
        question,
        sectionId: section.id,
        reason,
        blocksNextLevel: blocking.has(question.id),
        remainingWeight:
          reason === 'partial' ? question.weight / 2 : question.weight,
      });
    }
  }
  // Array.prototype.sort is stable, so ties keep checklist order.
  return gaps.sort(
    (a, b) =>
      Number(b.blocksNextLevel) - Number(a.blocksNextLevel) ||
      b.remainingWeight - a.remainingWeight,
  );
}
