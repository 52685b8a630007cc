import { Entity, RELATION_PARENT_OF } from '@backstage/catalog-model';
import {
  ReviewFilters,
  storedEntityRef,
} from '@readiness/plugin-readiness-common';

/**
 * Which entities a Group, System or Domain page rolls up: a team's (and its direct sub-teams')
 * owned entities, a system's or a domain's components. Undefined for other kinds.
 */
export function rollupFiltersOf(entity: Entity): ReviewFilters | undefined {
  const ref = storedEntityRef(entity);
  switch (entity.kind.toLocaleLowerCase('en-US')) {
    case 'group': {
      const children = (entity.relations ?? [])
        .filter(r => r.type === RELATION_PARENT_OF)
        .map(r => storedEntityRef(r.targetRef));
      return { owners: [ref, ...children] };
    }
    case 'system':
      return { systems: [ref] };
    case 'domain':
      return { domains: [ref] };
    default:
      return undefined;
  }
}

/** The review page's address for the same entities. */
export function reviewQueryOf(filters: ReviewFilters): string {
  const params = new URLSearchParams();
  for (const owner of filters.owners ?? []) params.append('owner', owner);
  for (const system of filters.systems ?? []) params.append('system', system);
  for (const domain of filters.domains ?? []) params.append('domain', domain);
  return params.toString();
}
