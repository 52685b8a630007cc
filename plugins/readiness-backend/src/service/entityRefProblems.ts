import { CompoundEntityRef, makeValidator } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

const validators = makeValidator();

/**
 * Refuses, as a 400 naming the part, an entity ref the catalog would refuse to look up: a kind,
 * namespace or name that breaks the catalog's own rules (such as an emoji in the name). Without
 * this the catalog's 400 would reach the caller as a catalog outage.
 */
export function assertCatalogCanName(ref: CompoundEntityRef) {
  const problems = [
    validators.isValidKind(ref.kind)
      ? undefined
      : `kind '${ref.kind}' is not a valid entity kind (letters and digits, starting with a letter)`,
    validators.isValidNamespace(ref.namespace)
      ? undefined
      : `namespace '${ref.namespace}' is not a valid entity namespace (lower-case letters, digits and dashes, at most 63)`,
    validators.isValidEntityName(ref.name)
      ? undefined
      : `name '${ref.name}' is not a valid entity name (letters, digits, '-', '_' and '.', at most 63)`,
  ].filter((p): p is string => p !== undefined);
  if (problems.length) {
    throw new InputError(`Invalid entity ref: ${problems.join('; ')}`);
  }
}
