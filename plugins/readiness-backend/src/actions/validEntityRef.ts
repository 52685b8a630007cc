import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/**
 * The full entity ref an assistant meant: `payments-api` is a component in the default
 * namespace, as in catalog links. A ref that cannot be parsed is an InputError (400) naming it.
 */
export function validEntityRef(ref: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, {
        defaultKind: 'component',
        defaultNamespace: 'default',
      }),
    );
  } catch (error) {
    throw new InputError(
      `"${ref}" is not an entity ref; use kind:namespace/name, e.g. component:default/payments-api`,
    );
  }
}
