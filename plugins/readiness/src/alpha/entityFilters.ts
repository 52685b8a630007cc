import type { FilterPredicate } from '@backstage/filter-predicates';

/** Where the tab and card appear: entities the default checklist applies to. */
export const COMPONENTS: FilterPredicate = { kind: 'component' };

/** Where the roll-up card appears: the entities that group components. */
export const GROUPING_KINDS: FilterPredicate = {
  kind: { $in: ['group', 'system', 'domain'] },
};
