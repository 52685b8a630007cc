import {
  ANSWER_STATUS_TITLES,
  AnswerBeforeRequest,
  ScoredAnswer,
} from '../types';

/**
 * The answer a question is scored by: a pending exemption request scores as the answer it
 * replaced (undefined when there was none: unanswered), so asking never lowers a score.
 *
 * @public
 */
export function answerScoredAs(
  answer: ScoredAnswer,
):
  | Pick<ScoredAnswer, 'status' | 'reviewedAt' | 'expiresAt' | 'approval'>
  | undefined {
  if (answer.status !== 'na' || answer.approval !== 'pending') {
    return answer;
  }
  return answer.beforeRequest;
}

/**
 * What a pending exemption request scores as, in words every surface uses.
 *
 * @public
 */
export function describePendingExemptionScore(
  beforeRequest?: AnswerBeforeRequest,
): string {
  return beforeRequest
    ? `Until it is approved, the question scores as the answer before the request (${
        ANSWER_STATUS_TITLES[beforeRequest.status]
      }).`
    : 'Until it is approved, the question scores as unanswered, as it was before the request.';
}
