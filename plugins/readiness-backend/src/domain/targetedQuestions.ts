import { Checklist, questionTargets } from '@readiness/plugin-readiness-common';
import { TargetedQuestions } from '../database/ReviewStore';

/**
 * The questions of each checklist that are asked of only some of its entities, grouped by
 * checklist and targets, so the review store leaves out the other entities' answers with one
 * query per group.
 */
export function targetedQuestionsOf(
  checklists: Checklist[],
): TargetedQuestions[] {
  const groups = new Map<string, TargetedQuestions>();
  for (const checklist of checklists) {
    for (const section of checklist.sections) {
      for (const question of section.questions) {
        const targets = questionTargets(section, question);
        if (!targets) {
          continue;
        }
        const key = `${checklist.id} ${JSON.stringify(targets)}`;
        const group = groups.get(key) ?? {
          checklistId: checklist.id,
          questionIds: [],
          targets,
        };
        group.questionIds.push(question.id);
        groups.set(key, group);
      }
    }
  }
  return [...groups.values()];
}
