import { parseEntityRef } from '@backstage/catalog-model';
import { storedEntityRef } from './storedEntityRef';

/**
 * The full, lower-case ref of an owner as the catalog resolves `spec.owner`: a bare name is a
 * group in the entity's namespace.
 *
 * @public
 */
export function ownerEntityRef(owner: string, entityNamespace = 'default') {
  return storedEntityRef(
    parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: entityNamespace,
    }),
  );
}
