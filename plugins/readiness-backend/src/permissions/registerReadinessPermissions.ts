import {
  AuthService,
  PermissionsRegistryService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  READINESS_ENTITY_RESOURCE_TYPE,
  readinessPermissions,
} from '@readiness/plugin-readiness-common';
import { isEntityOwner, readinessEntityResourceRef } from './rules';

/**
 * Tells the permission framework about every permission of the plugin (the one list common
 * exports), and about catalog entities as a resource with the owner rule, so policies can grant
 * `readiness.answer.update` and `readiness.exemption.approve` conditionally.
 */
export function registerReadinessPermissions(options: {
  permissionsRegistry: PermissionsRegistryService;
  catalog: CatalogService;
  auth: AuthService;
}) {
  const { permissionsRegistry, catalog, auth } = options;
  permissionsRegistry.addResourceType({
    resourceRef: readinessEntityResourceRef,
    permissions: readinessPermissions.filter(
      p =>
        'resourceType' in p &&
        p.resourceType === READINESS_ENTITY_RESOURCE_TYPE,
    ),
    rules: [isEntityOwner],
    getResources: async entityRefs => {
      const { items } = await catalog.getEntitiesByRefs(
        { entityRefs },
        { credentials: await auth.getOwnServiceCredentials() },
      );
      return items.map(item => item ?? undefined);
    },
  });
  permissionsRegistry.addPermissions(
    readinessPermissions.filter(p => !('resourceType' in p)),
  );
}
