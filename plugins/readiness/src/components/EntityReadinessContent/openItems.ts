import {
  Checklist,
  gapReasonOf,
  ReadinessAnswer,
} from '@readiness/plugin-readiness-common';

/** Whether a question still needs work (the gap rule of readiness-common). */
export const isOpen = (answer: ReadinessAnswer | undefined) =>
  gapReasonOf(answer) !== undefined;

/**
 * The open question after `afterId` in checklist order, wrapping around to the first; the first
 * open question when `afterId` is not given. Undefined when nothing is open.
 */
export function nextOpenQuestion(
  checklist: Checklist,
  answers: Map<string, ReadinessAnswer>,
  afterId?: string,
): { sectionId: string; questionId: string } | undefined {
  const all = checklist.sections.flatMap(s =>
    s.questions.map(q => ({ sectionId: s.id, questionId: q.id })),
  );
  const start = afterId ? all.findIndex(q => q.questionId === afterId) + 1 : 0;
  const ordered = [...all.slice(start), ...all.slice(0, start)];
  return ordered.find(
    q => q.questionId !== afterId && isOpen(answers.get(q.questionId)),
  );
}
