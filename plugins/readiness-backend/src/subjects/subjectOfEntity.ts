import { storedEntityRef } from '@readiness/plugin-readiness-common';
import {
  Entity,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
} from '@backstage/catalog-model';
import { ScoreSubject } from '../database/ReadinessStore';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The entity's system: its partOf relation to a system, or spec.system. */
export function systemOf(entity: Entity): string | undefined {
  return (
    entity.relations?.find(
      r => r.type === RELATION_PART_OF && r.targetRef.startsWith('system:'),
    )?.targetRef ?? str(entity.spec?.system)
  );
}

/** A system's domain: its partOf relation to a domain, or spec.domain. */
export function domainOfSystem(system: Entity): string | undefined {
  return (
    system.relations?.find(
      r => r.type === RELATION_PART_OF && r.targetRef.startsWith('domain:'),
    )?.targetRef ?? str(system.spec?.domain)
  );
}

/**
 * The catalog facts stored beside a score, from the entity as the catalog gives it (whole, or
 * with the fields the reconcile asks for). The domain comes from the entity's system.
 */
export function subjectOfEntity(
  entity: Entity,
  domain: string | undefined,
): ScoreSubject {
  const spec = entity.spec ?? {};
  return {
    entityRef: storedEntityRef(entity),
    kind: entity.kind,
    namespace: entity.metadata.namespace ?? 'default',
    name: entity.metadata.name,
    entityType: str(spec.type),
    owner:
      entity.relations?.find(r => r.type === RELATION_OWNED_BY)?.targetRef ??
      str(spec.owner),
    system: systemOf(entity),
    domain,
    lifecycle: str(spec.lifecycle),
    title: str(entity.metadata.title),
  };
}

/** The catalog fields {@link subjectOfEntity} needs, for paged catalog reads. */
export const SUBJECT_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'spec.type',
  'spec.owner',
  'spec.system',
  'spec.lifecycle',
  'relations',
];
