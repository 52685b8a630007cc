import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isResourcePermission,
  Permission,
} from '@backstage/plugin-permission-common';

/** Decisions of a test policy for a user: permission name to result. */
export type TestPolicy = Record<
  string,
  Record<string, AuthorizeResult.ALLOW | AuthorizeResult.DENY | 'CONDITIONAL'>
>;

/**
 * A permissions service deciding by a table per user (anything not listed is allowed). Service
 * principals are allowed without a look at the table, as Backstage's permission client does.
 */
export function testPermissionsFactory(policy: TestPolicy) {
  const decide = (
    permission: Permission,
    credentials: BackstageCredentials,
  ) => {
    const user = (credentials.principal as { userEntityRef?: string })
      .userEntityRef;
    const result = user ? policy[user]?.[permission.name] : undefined;
    return result ?? AuthorizeResult.ALLOW;
  };
  const service: PermissionsService = {
    async authorize(requests, { credentials }) {
      return requests.map(({ permission }) => {
        const result = decide(permission, credentials);
        // A conditional decision, resolved the way the policy's rule would resolve it for this
        // test user: not for them.
        return {
          result: result === 'CONDITIONAL' ? AuthorizeResult.DENY : result,
        };
      });
    },
    async authorizeConditional(requests, { credentials }) {
      return requests.map(({ permission }) => {
        const result = decide(permission, credentials);
        if (result !== 'CONDITIONAL') {
          return { result };
        }
        // The owner rule of the permission's own plugin: the catalog's for catalog reads,
        // the readiness plugin's for answer updates.
        const resourceType = isResourcePermission(permission)
          ? permission.resourceType
          : 'catalog-entity';
        return {
          result: AuthorizeResult.CONDITIONAL,
          pluginId: resourceType === 'catalog-entity' ? 'catalog' : 'readiness',
          resourceType,
          conditions: {
            rule: 'IS_ENTITY_OWNER',
            resourceType,
            params: { claims: [] },
          },
        };
      }) as Awaited<ReturnType<PermissionsService['authorizeConditional']>>;
    },
  };
  return createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () => service,
  });
}
