import {
  Checklist,
  ChecklistQuestion,
  ChecklistSection,
  ChecklistTarget,
} from '../types';
import { ChecklistSubject, matchesTargets } from './selectChecklist';

/**
 * The entities of its checklist a question applies to: its own `appliesTo`, else its
 * section's; undefined when it applies to every entity of the checklist.
 *
 * @public
 */
export function questionTargets(
  section: Pick<ChecklistSection, 'appliesTo'>,
  question: Pick<ChecklistQuestion, 'appliesTo'>,
): ChecklistTarget[] | undefined {
  return question.appliesTo ?? section.appliesTo;
}

/**
 * Whether a question of a checklist is asked of the entity.
 *
 * @public
 */
export function questionApplies(
  section: Pick<ChecklistSection, 'appliesTo'>,
  question: Pick<ChecklistQuestion, 'appliesTo'>,
  entity: ChecklistSubject,
): boolean {
  const targets = questionTargets(section, question);
  return !targets || matchesTargets(targets, entity);
}

/**
 * The checklist as it is asked of one entity: only the questions that apply to it, and only
 * the sections that keep a question. Its id is the checklist's; answers to the questions left
 * out are kept, not scored (like answers to questions a checklist no longer has).
 *
 * @public
 */
export function applicableChecklist(
  checklist: Checklist,
  entity: ChecklistSubject,
): Checklist {
  const sections = checklist.sections
    .map(section => ({
      ...section,
      questions: section.questions.filter(question =>
        questionApplies(section, question, entity),
      ),
    }))
    .filter(section => section.questions.length > 0);
  return { ...checklist, sections };
}

/**
 * The checklist with only the questions named (the questions a `ChecklistRef` lists),
 * and only the sections that keep one: what {@link applicableChecklist} gave the server.
 *
 * @public
 */
export function checklistWithQuestions(
  checklist: Checklist,
  questionIds: string[],
): Checklist {
  const asked = new Set(questionIds);
  const sections = checklist.sections
    .map(section => ({
      ...section,
      questions: section.questions.filter(question => asked.has(question.id)),
    }))
    .filter(section => section.questions.length > 0);
  return { ...checklist, sections };
}

/**
 * Whether an N/A to the question needs approval: the question's own setting, else its
 * checklist's.
 *
 * @public
 */
export function exemptionNeedsApproval(
  checklist: Pick<Checklist, 'exemptionsNeedApproval'>,
  question: Pick<ChecklistQuestion, 'exemptionNeedsApproval'>,
): boolean {
  return (
    question.exemptionNeedsApproval ?? checklist.exemptionsNeedApproval ?? false
  );
}
