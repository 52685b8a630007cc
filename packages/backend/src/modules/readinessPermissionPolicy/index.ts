import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { ReadinessPermissionPolicy } from './ReadinessPermissionPolicy';

/** Installs {@link ReadinessPermissionPolicy} as the portal's permission policy. */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'readiness-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, userInfo: coreServices.userInfo },
      async init({ policy, userInfo }) {
        policy.setPolicy(new ReadinessPermissionPolicy(userInfo));
      },
    });
  },
});
