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
 * the catalog has answered: a name never changes under the reader's eyes. The link then
 * renders from the presentation's cache, with the loaded name.
 */
function EntityName(props: { entityRef: string }) {
  const presentation = useApiHolder().get(entityPresentationApiRef);
  const { loading } = useAsync(
    async () => presentation?.forEntity(props.entityRef).promise,
    [presentation, props.entityRef],
  );
  if (loading) {
    return <span aria-busy="true" data-testid="actor-name-loading" />;
  }
  return <EntityRefLink entityRef={props.entityRef} hideIcon disableTooltip />;
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
