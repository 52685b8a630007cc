import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

/**
 * The full, lower-case ref of an owner as the catalog resolves `spec.owner`: a bare name is a
 * group in the entity's namespace.
 *
 * @public
 */
export function ownerEntityRef(owner: string, entityNamespace = 'default') {
  return stringifyEntityRef(
    parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: entityNamespace,
    }),
  ).toLocaleLowerCase('en-US');
}
