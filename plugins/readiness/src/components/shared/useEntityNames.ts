import { useApiHolder } from '@backstage/core-plugin-api';
import {
  defaultEntityPresentation,
  entityPresentationApiRef,
} from '@backstage/plugin-catalog-react';
import { useCallback } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { groupName } from './groupLabels';

/**
 * Display names of entity refs, for places that need text rather than a link (chart legends,
 * select options, CSV): the catalog's entity presentation, falling back to the short ref until
 * it has loaded. Keys that are not entity refs (a kind, a lifecycle) read as they are.
 */
export function useEntityNames(refs: (string | null)[]) {
  // Optional, as for the catalog's own EntityDisplayName: an app without it gets the default.
  const presentation = useApiHolder().get(entityPresentationApiRef);
  const wanted = [...new Set(refs.filter(isEntityRef))].sort();
  const { value: names } = useAsync(async () => {
    const titles = await Promise.all(
      wanted.map(
        async ref =>
          [
            ref,
            presentation
              ? (
                  await presentation.forEntity(ref).promise
                ).primaryTitle
              : defaultEntityPresentation(ref).primaryTitle,
          ] as const,
      ),
    );
    return new Map(titles);
  }, [presentation, wanted.join('\n')]);
  return useCallback(
    (key: string | null) => (key && names?.get(key)) || groupName(key),
    [names],
  );
}

function isEntityRef(key: string | null): key is string {
  return key !== null && /^[a-z]+:[^/]+\/.+/i.test(key);
}
