import { Entity, RELATION_OWNED_BY } from '@backstage/catalog-model';
import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  ownerEntityRef,
  READINESS_ENTITY_RESOURCE_TYPE,
  storedEntityRef,
} from '@readiness/plugin-readiness-common';
import { z } from 'zod/v4';

/**
 * Catalog entities as the Readiness plugin authorises them. The plugin applies conditions on
 * these itself, with the entity it has just read from the catalog.
 *
 * @public
 */
export const readinessEntityResourceRef = createPermissionResourceRef<
  Entity,
  { ownedBy: string[] }
>().with({
  pluginId: 'readiness',
  resourceType: READINESS_ENTITY_RESOURCE_TYPE,
});

/** The entity refs an entity is owned by, from its relations (spec.owner as a fallback). */
export function ownersOf(entity: Entity): string[] {
  const owners = (entity.relations ?? [])
    .filter(r => r.type === RELATION_OWNED_BY)
    .map(r => storedEntityRef(r.targetRef));
  if (owners.length === 0 && typeof entity.spec?.owner === 'string') {
    owners.push(ownerEntityRef(entity.spec.owner, entity.metadata.namespace));
  }
  return owners;
}

/**
 * Allows when one of the caller's ownership claims (their user ref and their groups' refs, as
 * the user-info service gives them) owns the entity.
 *
 * @public
 */
export const isEntityOwner = createPermissionRule({
  name: 'IS_ENTITY_OWNER',
  description: 'Allow the owners of an entity (and members of an owning group)',
  resourceRef: readinessEntityResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe('Ownership entity refs of the caller, such as their groups'),
  }),
  apply: (entity, { claims }) => {
    const lowered = claims.map(c => c.toLocaleLowerCase('en-US'));
    return ownersOf(entity).some(owner => lowered.includes(owner));
  },
  toQuery: ({ claims }) => ({ ownedBy: claims }),
});

const { conditions, createConditionalDecision } = createConditionExports({
  resourceRef: readinessEntityResourceRef,
  rules: { isEntityOwner },
});

/**
 * Conditions for permission policies: `readinessConditions.isEntityOwner({ claims })`.
 *
 * @public
 */
export const readinessConditions = conditions;

/**
 * Wraps readiness conditions in a decision, for permission policies.
 *
 * @public
 */
export const createReadinessConditionalDecision = createConditionalDecision;
