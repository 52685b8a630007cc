import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * An entity ref in the one form readiness stores, compares and keys entities by: the full ref,
 * lower-case (the catalog compares refs case-insensitively). Takes an entity, a compound ref or
 * a full ref.
 *
 * @public
 */
export function storedEntityRef(
  ref: Entity | CompoundEntityRef | string,
): string {
  return (
    typeof ref === 'string' ? ref : stringifyEntityRef(ref)
  ).toLocaleLowerCase('en-US');
}
