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
import {
  readinessAdminPermission,
  readinessAnswerUpdatePermission,
  readinessCampaignManagePermission,
  readinessExemptionApprovePermission,
} from '@readiness/plugin-readiness-common';

/** The group whose members run campaigns and decide on exemptions. */
export const PLATFORM_GROUP = 'group:default/platform';

/** What only the Platform group may do: campaigns, exemption decisions and administration. */
const PLATFORM_ONLY = [
  readinessCampaignManagePermission.name,
  readinessExemptionApprovePermission.name,
  readinessAdminPermission.name,
];

/**
 * The portal's permission policy: an entity's owners (the owning user, or members of the owning
 * group) may change its readiness answers; members of the Platform group may create and change
 * campaigns, approve or reject exemptions and administer readiness (`readiness.admin`: the
 * entities that left the catalog); everything else, including reading answers and the
 * org-wide review, is allowed to every signed-in user.
 */
export class ReadinessPermissionPolicy implements PermissionPolicy {
  constructor(private readonly userInfo: UserInfoService) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    // The user's own ref and those of their groups.
    const claimsOf = async () =>
      user
        ? (await this.userInfo.getUserInfo(user.credentials))
            .ownershipEntityRefs
        : [];
    if (PLATFORM_ONLY.includes(request.permission.name)) {
      return {
        result: (await claimsOf()).includes(PLATFORM_GROUP)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    if (isPermission(request.permission, readinessAnswerUpdatePermission)) {
      const claims = await claimsOf();
      return createReadinessConditionalDecision(
        request.permission,
        readinessConditions.isEntityOwner({ claims }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
