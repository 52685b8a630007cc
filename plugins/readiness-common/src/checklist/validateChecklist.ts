import { Checklist, ChecklistTarget, ReadinessLevel } from '../types';

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,199}$/;

/**
 * Checks a checklist for problems that would make scores meaningless or answers ambiguous.
 * Returns one message per problem, each naming the offending path; an empty array means valid.
 *
 * @public
 */
export function validateChecklist(
  checklist: Checklist,
  levels: ReadinessLevel[],
  path = `checklist '${checklist.id}'`,
): string[] {
  const problems: string[] = [];
  const levelIds = new Set(levels.map(l => l.id));
  if (!ID_PATTERN.test(checklist.id)) {
    problems.push(
      `${path}.id '${checklist.id}' must be lowercase letters, digits, '.', '_' or '-'`,
    );
  }
  if (checklist.appliesTo.length === 0) {
    problems.push(`${path}.appliesTo must name at least one entity kind`);
  }
  const sectionIds = new Set<string>();
  const questionIds = new Set<string>();
  checklist.sections.forEach((section, s) => {
    const sectionPath = `${path}.sections[${s}]`;
    if (!ID_PATTERN.test(section.id)) {
      problems.push(`${sectionPath}.id '${section.id}' is not a valid id`);
    }
    if (sectionIds.has(section.id)) {
      problems.push(`${sectionPath}.id '${section.id}' is used twice`);
    }
    sectionIds.add(section.id);
    section.questions.forEach((question, i) => {
      const questionPath = `${sectionPath}.questions[${i}]`;
      if (!ID_PATTERN.test(question.id)) {
        problems.push(`${questionPath}.id '${question.id}' is not a valid id`);
      }
      if (questionIds.has(question.id)) {
        problems.push(`${questionPath}.id '${question.id}' is used twice`);
      }
      questionIds.add(question.id);
      if (!question.text.trim()) {
        problems.push(`${questionPath}.text must not be empty`);
      }
      if (!(Number.isFinite(question.weight) && question.weight > 0)) {
        problems.push(
          `${questionPath}.weight must be a number greater than 0, got ${question.weight}`,
        );
      }
      if (
        question.requiredForLevel !== undefined &&
        !levelIds.has(question.requiredForLevel)
      ) {
        problems.push(
          `${questionPath}.requiredForLevel '${
            question.requiredForLevel
          }' is not a configured level (${[...levelIds].join(', ')})`,
        );
      }
    });
  });
  problems.push(...validateChecklistTargets(checklist, path));
  return problems;
}

/**
 * Checks the targets of a checklist's sections and questions: each names a kind the checklist
 * applies to (another kind would never match) and no empty list.
 *
 * @public
 */
export function validateChecklistTargets(
  checklist: Checklist,
  path = `checklist '${checklist.id}'`,
): string[] {
  const problems: string[] = [];
  const kinds = new Set(
    checklist.appliesTo.map(t => t.kind.toLocaleLowerCase('en-US')),
  );
  // A section's or question's targets narrow the checklist's: naming another kind would
  // never match.
  const checkTargets = (
    targets: ChecklistTarget[] | undefined,
    targetsPath: string,
  ) => {
    if (!targets) {
      return;
    }
    if (targets.length === 0) {
      problems.push(
        `${targetsPath} must name at least one entity kind (leave it out to ask every entity of the checklist)`,
      );
    }
    targets.forEach((target, t) => {
      if (!kinds.has(target.kind.toLocaleLowerCase('en-US'))) {
        problems.push(
          `${targetsPath}[${t}].kind '${
            target.kind
          }' is not a kind the checklist applies to (${checklist.appliesTo
            .map(c => c.kind)
            .join(', ')})`,
        );
      }
      if (target.types && target.types.length === 0) {
        problems.push(
          `${targetsPath}[${t}].types must name at least one type (leave it out for every type)`,
        );
      }
    });
  };
  checklist.sections.forEach((section, s) => {
    const sectionPath = `${path}.sections[${s}]`;
    checkTargets(section.appliesTo, `${sectionPath}.appliesTo`);
    section.questions.forEach((question, i) => {
      checkTargets(
        question.appliesTo,
        `${sectionPath}.questions[${i}].appliesTo`,
      );
    });
  });
  return problems;
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * Checks the level definitions: unique ids, thresholds within 0..100 and strictly increasing,
 * colours as `#rrggbb`.
 *
 * @public
 */
export function validateLevels(
  levels: ReadinessLevel[],
  path = 'levels',
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  levels.forEach((level, i) => {
    if (!ID_PATTERN.test(level.id)) {
      problems.push(`${path}[${i}].id '${level.id}' is not a valid id`);
    }
    if (ids.has(level.id)) {
      problems.push(`${path}[${i}].id '${level.id}' is used twice`);
    }
    ids.add(level.id);
    if (!(level.minScore >= 0 && level.minScore <= 100)) {
      problems.push(
        `${path}[${i}].minScore must be between 0 and 100, got ${level.minScore}`,
      );
    }
    if (level.color !== undefined && !HEX_COLOR.test(level.color)) {
      problems.push(
        `${path}[${i}].color must be a colour like #8c5523, got '${level.color}'`,
      );
    }
    if (i > 0 && !(level.minScore > levels[i - 1].minScore)) {
      problems.push(
        `${path}[${i}].minScore must be greater than the previous level's (${
          levels[i - 1].minScore
        })`,
      );
    }
  });
  return problems;
}
