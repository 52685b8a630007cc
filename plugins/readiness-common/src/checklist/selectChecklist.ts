import { Checklist, ChecklistTarget } from '../types';

/**
 * The part of a catalog entity that decides which checklist applies.
 *
 * @public
 */
export interface ChecklistSubject {
  /** The entity kind, matched case-insensitively. */
  kind: string;
  /** The entity spec; its `type` is matched exactly. */
  spec?: { type?: unknown } | Record<string, unknown>;
}

/**
 * Whether any of the targets matches the entity. Kinds match case-insensitively; types match
 * exactly.
 *
 * @public
 */
export function matchesTargets(
  targets: ChecklistTarget[],
  entity: ChecklistSubject,
): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const type = entity.spec?.type;
  return targets.some(
    target =>
      target.kind.toLocaleLowerCase('en-US') === kind &&
      (!target.types ||
        (typeof type === 'string' && target.types.includes(type))),
  );
}

/**
 * Returns the first checklist whose `appliesTo` matches the entity, or undefined when none does.
 *
 * @public
 */
export function selectChecklist(
  checklists: Checklist[],
  entity: ChecklistSubject,
): Checklist | undefined {
  return checklists.find(checklist =>
    matchesTargets(checklist.appliesTo, entity),
  );
}
