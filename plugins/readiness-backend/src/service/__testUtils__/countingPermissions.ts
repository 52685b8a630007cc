import {
  coreServices,
  createServiceFactory,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

/** A permissions service that allows everything and records each permission it is asked. */
export function countingPermissions(asked: string[]) {
  const service: PermissionsService = {
    async authorize(requests) {
      asked.push(...requests.map(r => r.permission.name));
      return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
    },
    async authorizeConditional(requests) {
      asked.push(...requests.map(r => r.permission.name));
      return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
    },
  };
  return createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () => service,
  });
}
