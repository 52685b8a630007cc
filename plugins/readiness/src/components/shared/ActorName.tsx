import { useApiHolder } from '@backstage/core-plugin-api';
import {
  EntityRefLink,
  entityPresentationApiRef,
} from '@backstage/plugin-catalog-react';
import { readinessActorOf } from '@readiness/plugin-readiness-common';
import useAsync from 'react-use/esm/useAsync';

/**
 * A catalog entity's name as the catalog presents it. The presentation's first snapshot is a
 * stand-in made from the ref ("guest" before "Guest" is loaded), so nothing is shown until
 * the catalog has answered: a name never changes under the reader's eyes.
 */
function EntityName(props: { entityRef: string }) {
  const presentation = useApiHolder().get(entityPresentationApiRef);
  const { value, loading } = useAsync(
    async () =>
      presentation
        ? (await presentation.forEntity(props.entityRef).promise).primaryTitle
        : undefined,
    [presentation, props.entityRef],
  );
  if (loading) {
    return <span aria-busy="true" data-testid="actor-name-loading" />;
  }
  return (
    <EntityRefLink
      entityRef={props.entityRef}
      title={value}
      hideIcon
      disableTooltip
    />
  );
}

/**
 * Who answered, as people read it: a user by display name, linked to their catalog page, or a
 * service named in words. Never the raw principal ref.
 */
export function ActorName(props: { principal: string }) {
  const actor = readinessActorOf(props.principal);
  return actor.type === 'entity' ? (
    <EntityName entityRef={actor.entityRef} />
  ) : (
    <>{actor.title}</>
  );
}
