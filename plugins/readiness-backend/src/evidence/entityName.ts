import { Entity, parseEntityRef } from '@backstage/catalog-model';

/**
 * How evidence notes name an entity: its display name or title when the catalog entity is at
 * hand, else the name part of its ref. Notes are read by people, so never a raw ref.
 */
export function entityName(ref: string, entity?: Entity): string {
  const displayName = (entity?.spec?.profile as { displayName?: unknown })
    ?.displayName;
  if (typeof displayName === 'string' && displayName) {
    return displayName;
  }
  return entity?.metadata.title ?? parseEntityRef(ref).name;
}
