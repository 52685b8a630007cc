import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { readinessActorOf } from '@readiness/plugin-readiness-common';

/**
 * Who answered, as people read it: a user by display name, linked to their catalog page, or a
 * service named in words. Never the raw principal ref.
 */
export function ActorName(props: { principal: string }) {
  const actor = readinessActorOf(props.principal);
  return actor.type === 'entity' ? (
    <EntityRefLink entityRef={actor.entityRef} hideIcon disableTooltip />
  ) : (
    <>{actor.title}</>
  );
}
