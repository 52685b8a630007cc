/**
 * The one rule that joins people's answers and automatic answers: a person's answer to a
 * question wins over the automatic answer to it. Returns the automatic answers that still
 * apply. Scoring and the entity view both go through it.
 */
export function automaticAnswersNotOverridden<E extends { questionId: string }>(
  personAnswers: { questionId: string }[],
  evidence: E[],
): E[] {
  const answered = new Set(personAnswers.map(a => a.questionId));
  return evidence.filter(e => !answered.has(e.questionId));
}
