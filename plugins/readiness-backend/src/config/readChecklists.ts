import { Config } from '@backstage/config';
import {
  Checklist,
  ChecklistSection,
  ChecklistTarget,
  ReadinessLevel,
  defaultChecklist,
  validateChecklist,
  validateChecklistTargets,
} from '@readiness/plugin-readiness-common';

const readTargets = (
  config: Config | undefined,
  key: string,
): ChecklistTarget[] | undefined =>
  config?.getOptionalConfigArray(key)?.map(target => ({
    kind: target.getString('kind'),
    ...(target.has('types') ? { types: target.getStringArray('types') } : {}),
  }));

function readSections(config: Config): ChecklistSection[] {
  return (config.getOptionalConfigArray('sections') ?? []).map(section => ({
    id: section.getString('id'),
    title: section.getOptionalString('title') ?? section.getString('id'),
    ...(section.has('description')
      ? { description: section.getString('description') }
      : {}),
    ...(section.has('appliesTo')
      ? { appliesTo: readTargets(section, 'appliesTo') }
      : {}),
    questions: (section.getOptionalConfigArray('questions') ?? []).map(
      question => ({
        id: question.getString('id'),
        text: question.getString('text'),
        guidance: question.getOptionalString('guidance') ?? '',
        weight: question.getOptionalNumber('weight') ?? 1,
        ...(question.has('requiredForLevel')
          ? { requiredForLevel: question.getString('requiredForLevel') }
          : {}),
        ...(question.has('appliesTo')
          ? { appliesTo: readTargets(question, 'appliesTo') }
          : {}),
        ...(question.has('exemptionNeedsApproval')
          ? {
              exemptionNeedsApproval: question.getBoolean(
                'exemptionNeedsApproval',
              ),
            }
          : {}),
      }),
    ),
  }));
}

/**
 * The built-in sections with the targets `defaultChecklist.sectionAppliesTo` gives some of
 * them (by section id); `all` asks a section of every entity of the checklist.
 */
function withSectionTargets(
  sections: ChecklistSection[],
  config: Config | undefined,
  problems: string[],
): ChecklistSection[] {
  if (!config) {
    return sections;
  }
  const known = new Set(sections.map(s => s.id));
  for (const id of config.keys()) {
    if (!known.has(id)) {
      problems.push(
        `readiness.defaultChecklist.sectionAppliesTo.${id} is not a section of the built-in checklist (${[
          ...known,
        ].join(', ')})`,
      );
    }
  }
  return sections.map(section => {
    if (!config.has(section.id)) {
      return section;
    }
    if (config.getOptional(section.id) === 'all') {
      const { appliesTo: _all, ...everyEntity } = section;
      return everyEntity;
    }
    return { ...section, appliesTo: readTargets(config, section.id) };
  });
}

/**
 * `defaultChecklist.exemptionsNeedApproval`: true for every question of the built-in checklist,
 * or a list of the question ids that need approval.
 */
function builtInApproval(
  config: Config | undefined,
  problems: string[],
): Pick<Checklist, 'exemptionsNeedApproval' | 'sections'> {
  const key = 'defaultChecklist.exemptionsNeedApproval';
  const value = config?.getOptional(key);
  if (value === undefined) {
    return { sections: defaultChecklist.sections };
  }
  if (typeof value === 'boolean') {
    return {
      exemptionsNeedApproval: value,
      sections: defaultChecklist.sections,
    };
  }
  const ids = config!.getStringArray(key);
  const known = new Set(
    defaultChecklist.sections.flatMap(s => s.questions.map(q => q.id)),
  );
  const unknown = ids.filter(id => !known.has(id));
  if (unknown.length) {
    problems.push(
      `readiness.${key} names questions the built-in checklist does not have: ${unknown.join(
        ', ',
      )}`,
    );
  }
  return {
    sections: defaultChecklist.sections.map(section => ({
      ...section,
      questions: section.questions.map(q =>
        ids.includes(q.id) ? { ...q, exemptionNeedsApproval: true } : q,
      ),
    })),
  };
}

/** Applies a checklist's sections and removals on top of its base. */
function extendChecklist(
  base: Checklist,
  sections: ChecklistSection[],
  removeQuestions: string[],
): ChecklistSection[] {
  const removed = new Set(removeQuestions);
  const merged = base.sections.map(section => ({
    ...section,
    questions: section.questions.filter(q => !removed.has(q.id)),
  }));
  for (const section of sections) {
    const existing = merged.find(s => s.id === section.id);
    if (!existing) {
      merged.push(section);
      continue;
    }
    if (section.appliesTo) {
      existing.appliesTo = section.appliesTo;
    }
    for (const question of section.questions) {
      const index = existing.questions.findIndex(q => q.id === question.id);
      if (index >= 0) {
        existing.questions[index] = question;
      } else {
        existing.questions.push(question);
      }
    }
  }
  return merged;
}

/**
 * The checklists `readiness.*` configures, in selection order: `readiness.checklists` (each
 * maybe extending one defined before it), then the built-in one with its
 * `readiness.defaultChecklist` settings unless disabled or replaced. Problems are added to
 * `problems`, naming the key.
 */
export function readChecklists(
  config: Config | undefined,
  levels: ReadinessLevel[],
  problems: string[],
): Checklist[] {
  const { sections: builtInSections, ...builtInApprovals } = builtInApproval(
    config,
    problems,
  );
  const builtIn: Checklist = {
    ...defaultChecklist,
    ...builtInApprovals,
    appliesTo:
      readTargets(config, 'defaultChecklist.appliesTo') ??
      defaultChecklist.appliesTo,
    sections: withSectionTargets(
      builtInSections,
      config?.getOptionalConfig('defaultChecklist.sectionAppliesTo'),
      problems,
    ),
  };
  problems.push(
    ...validateChecklistTargets(builtIn, 'readiness.defaultChecklist'),
  );
  const enabled =
    config?.getOptionalBoolean('defaultChecklist.enabled') ?? true;
  const known = new Map<string, Checklist>([[builtIn.id, builtIn]]);
  const configured: Checklist[] = [];

  (config?.getOptionalConfigArray('checklists') ?? []).forEach((entry, i) => {
    const path = `readiness.checklists[${i}]`;
    const id = entry.getString('id');
    const baseId = entry.getOptionalString('extends');
    const base = baseId ? known.get(baseId) : undefined;
    if (baseId && !base) {
      problems.push(
        `${path}.extends '${baseId}' is not a checklist defined before it (known: ${[
          ...known.keys(),
        ].join(', ')})`,
      );
    }
    const sections = readSections(entry);
    const removeQuestions =
      entry.getOptionalStringArray('removeQuestions') ?? [];
    const checklist: Checklist = {
      id,
      title: entry.getString('title'),
      ...(entry.has('description')
        ? { description: entry.getString('description') }
        : {}),
      appliesTo: readTargets(entry, 'appliesTo') ?? base?.appliesTo ?? [],
      ...(entry.has('exemptionsNeedApproval') || base?.exemptionsNeedApproval
        ? {
            exemptionsNeedApproval:
              entry.getOptionalBoolean('exemptionsNeedApproval') ??
              base!.exemptionsNeedApproval,
          }
        : {}),
      sections: base
        ? extendChecklist(base, sections, removeQuestions)
        : sections,
    };
    if (configured.some(c => c.id === id)) {
      problems.push(`${path}.id '${id}' is used by another checklist`);
    }
    problems.push(...validateChecklist(checklist, levels, path));
    known.set(id, checklist);
    configured.push(checklist);
  });

  const overridesBuiltIn = configured.some(c => c.id === builtIn.id);
  const checklists =
    enabled && !overridesBuiltIn ? [...configured, builtIn] : configured;
  return checklists;
}
