import { Checklist } from '../types';

/**
 * The part of a catalog entity that decides which checklist applies.
 *
 * @public
 */
export interface ChecklistSubject {
  kind: string;
  spec?: { type?: unknown } | Record<string, unknown>;
}

/**
 * Returns the first checklist whose `appliesTo` matches the entity, or undefined when none does.
 * Kinds match case-insensitively; types match exactly.
 *
 * @public
 */
export function selectChecklist(
  checklists: Checklist[],
  entity: ChecklistSubject,
): Checklist | undefined {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const type = entity.spec?.type;
  return checklists.find(checklist =>
    checklist.appliesTo.some(
      target =>
        target.kind.toLocaleLowerCase('en-US') === kind &&
        (!target.types ||
          (typeof type === 'string' && target.types.includes(type))),
    ),
  );
}
