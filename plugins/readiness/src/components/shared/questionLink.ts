/** The element id of a question on the tab, which deep links (`?question=<id>`) scroll to. */
export const questionAnchor = (questionId: string) =>
  `readiness-question-${questionId}`;

/** The search parameter of a deep link to one question on the Readiness tab. */
export const QUESTION_PARAM = 'question';

/**
 * A request to bring a question into view and focus it. The sequence makes a second request for
 * the same question a new one.
 */
export type FocusRequest = { questionId: string; sequence: number };
