/** The element id of a question on the tab, which deep links (`?question=<id>`) scroll to. */
export const questionAnchor = (questionId: string) =>
  `readiness-question-${questionId}`;

/** The search parameter of a deep link to one question on the Readiness tab. */
export const QUESTION_PARAM = 'question';
