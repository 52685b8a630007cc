import { UserInfoService } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  PolicyDecision,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  createReadinessConditionalDecision,
  readinessConditions,
} from '@readiness/plugin-readiness-backend';
import { readinessAnswerUpdatePermission } from '@readiness/plugin-readiness-common';

/**
 * The portal's permission policy: an entity's owners (the owning user, or members of the owning
 * group) may change its readiness answers; everything else, including reading answers and the
 * org-wide review, is allowed to every signed-in user.
 */
export class ReadinessPermissionPolicy implements PermissionPolicy {
  constructor(private readonly userInfo: UserInfoService) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (isPermission(request.permission, readinessAnswerUpdatePermission)) {
      // The user's own ref and those of their groups.
      const claims = user
        ? (await this.userInfo.getUserInfo(user.credentials))
            .ownershipEntityRefs
        : [];
      return createReadinessConditionalDecision(
        request.permission,
        readinessConditions.isEntityOwner({ claims }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
