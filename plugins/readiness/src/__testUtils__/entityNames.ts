import { Entity } from '@backstage/catalog-model';
import { DefaultEntityPresentationApi } from '@backstage/plugin-catalog';
import { entityPresentationApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';

/** Groups and users with display names, as the demo catalog has them. */
export const NAMED_ENTITIES: Entity[] = [
  group('payments', 'Payments Team'),
  group('search', 'Search & Discovery'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'alice' },
    spec: { profile: { displayName: 'Alice Example' } },
  },
];

function group(name: string, displayName: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name },
    spec: { type: 'team', profile: { displayName }, children: [] },
  };
}

/**
 * The catalog's real entity presentation over a catalog holding `entities`: what turns refs into
 * display names in an app.
 */
export function entityPresentation(entities: Entity[] = NAMED_ENTITIES) {
  return [
    entityPresentationApiRef,
    DefaultEntityPresentationApi.create({
      catalogApi: catalogApiMock({ entities }),
    }),
  ] as const;
}
