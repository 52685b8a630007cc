import {
  AuthService,
  PermissionsRegistryService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  readinessAdminPermission,
  readinessAnswerUpdatePermission,
  readinessReportReadPermission,
} from '@readiness/plugin-readiness-common';
import { isEntityOwner, readinessEntityResourceRef } from './rules';

/**
 * Tells the permission framework about the plugin's permissions, and about catalog entities as
 * a resource with the owner rule, so policies can grant `readiness.answer.update` conditionally.
 */
export function registerReadinessPermissions(options: {
  permissionsRegistry: PermissionsRegistryService;
  catalog: CatalogService;
  auth: AuthService;
}) {
  const { permissionsRegistry, catalog, auth } = options;
  permissionsRegistry.addResourceType({
    resourceRef: readinessEntityResourceRef,
    permissions: [readinessAnswerUpdatePermission],
    rules: [isEntityOwner],
    getResources: async entityRefs => {
      const { items } = await catalog.getEntitiesByRefs(
        { entityRefs },
        { credentials: await auth.getOwnServiceCredentials() },
      );
      return items.map(item => item ?? undefined);
    },
  });
  permissionsRegistry.addPermissions([
    readinessReportReadPermission,
    readinessAdminPermission,
  ]);
}
