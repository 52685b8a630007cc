import {
  AuthService,
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  readinessAdminPermission,
  readinessCampaignManagePermission,
  readinessExemptionApprovePermission,
  ReadinessAccess,
  readinessAnswerUpdatePermission,
  readinessReportReadPermission,
} from '@readiness/plugin-readiness-common';
import { ownersOf } from './rules';
import { ServiceAllowList } from './ServiceAllowList';

/**
 * The caller's right to change answers, decided once per request and then tested against the
 * entity read from the catalog.
 */
export interface UpdateRight {
  /** Whether the caller may change the entity's answers, and who can, for read-only views. */
  accessTo(entity: Entity): ReadinessAccess;
  assertCanUpdate(entity: Entity): void;
  /** Approving or rejecting the entity's exemptions (`readiness.exemption.approve`). */
  assertCanApprove(entity: Entity): void;
}

/** The permission decisions the authorising services need; tests can supply their own. */
export interface ReadinessAccessControl {
  /**
   * The caller's right to change answers. It needs no entity, so a request can ask for it
   * while it reads the entity from the catalog.
   */
  updateRightOf(credentials: BackstageCredentials): Promise<UpdateRight>;
  assertCanReadReports(credentials: BackstageCredentials): Promise<void>;
  assertCanAdminister(credentials: BackstageCredentials): Promise<void>;
  assertCanManageCampaigns(credentials: BackstageCredentials): Promise<void>;
  /** Whether the caller may create and change campaigns, for the page to offer it. */
  canManageCampaigns(credentials: BackstageCredentials): Promise<boolean>;
}

type EntityCondition = (decision: PolicyDecision, entity: Entity) => boolean;

/**
 * The plugin's own permission decisions, in one place.
 *
 * `readiness.answer.update` is asked for without a resource (`authorizeConditional`): a
 * conditional decision (such as IS_ENTITY_OWNER) is applied here, to the entity the request
 * has just read from the catalog, with the rules registered for the resource type. Asking with
 * the entity's ref instead would make the permission backend call back into this plugin, which
 * would read the entity from the catalog a second time.
 *
 * Backstage's permission client allows every service principal without asking the policy, so
 * a policy cannot limit what services do. The plugin does, for every write: a service may write
 * answers and refresh evidence only when `readiness.permissions.serviceWriters` lists it, and
 * create or change campaigns only when `readiness.permissions.serviceCampaignManagers` does;
 * it never approves exemptions (a person decides). Its token's access restrictions still apply.
 */
export class ReadinessAuthorizer implements ReadinessAccessControl {
  private readonly serviceWriters: ServiceAllowList;
  private readonly serviceCampaignManagers: ServiceAllowList;

  constructor(
    private readonly options: {
      permissions: PermissionsService;
      auth: AuthService;
      serviceWriters: string[];
      serviceCampaignManagers: string[];
      /** Applies a conditional decision to an entity (`createConditionAuthorizer`). */
      applyConditions: EntityCondition;
    },
  ) {
    this.serviceWriters = new ServiceAllowList(options.serviceWriters);
    this.serviceCampaignManagers = new ServiceAllowList(
      options.serviceCampaignManagers,
    );
  }

  async updateRightOf(credentials: BackstageCredentials): Promise<UpdateRight> {
    const { auth, permissions, applyConditions } = this.options;
    const service = auth.isPrincipal(credentials, 'service');
    let allows: (entity: Entity) => boolean;
    // Services never approve exemptions: a person decides on them.
    let approves: (entity: Entity) => boolean = () => false;
    if (service && !this.serviceWriters.lists(auth, credentials)) {
      allows = () => false;
    } else {
      // One round trip for both rights, as the entity view shows both.
      const [update, approve] = await permissions.authorizeConditional(
        [
          { permission: readinessAnswerUpdatePermission },
          { permission: readinessExemptionApprovePermission },
        ],
        { credentials },
      );
      allows = entity => applyConditions(update, entity);
      if (!service) {
        approves = entity => applyConditions(approve, entity);
      }
    }
    return {
      accessTo: entity => ({
        canEdit: allows(entity),
        owners: ownersOf(entity),
        canApprove: approves(entity),
      }),
      assertCanUpdate: entity => {
        if (allows(entity)) {
          return;
        }
        if (service) {
          throw new NotAllowedError(
            `The service '${credentials.principal.subject}' may not change readiness answers; list it in readiness.permissions.serviceWriters to allow it`,
          );
        }
        const owners = ownersOf(entity);
        throw new NotAllowedError(
          `You may not change the readiness answers of ${stringifyEntityRef(
            entity,
          )}${owners.length ? `; its owners (${owners.join(', ')}) can` : ''}`,
        );
      },
      assertCanApprove: entity => {
        if (!approves(entity)) {
          throw new NotAllowedError(
            `You may not approve or reject exemptions of ${stringifyEntityRef(
              entity,
            )} (readiness.exemption.approve)`,
          );
        }
      },
    };
  }

  async assertCanReadReports(credentials: BackstageCredentials) {
    const [decision] = await this.options.permissions.authorize(
      [{ permission: readinessReportReadPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('You may not read the readiness review');
    }
  }

  async canManageCampaigns(credentials: BackstageCredentials) {
    const { auth } = this.options;
    if (
      auth.isPrincipal(credentials, 'service') &&
      !this.serviceCampaignManagers.lists(auth, credentials)
    ) {
      return false;
    }
    const [decision] = await this.options.permissions.authorize(
      [{ permission: readinessCampaignManagePermission }],
      { credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }

  async assertCanManageCampaigns(credentials: BackstageCredentials) {
    if (!(await this.canManageCampaigns(credentials))) {
      const { auth } = this.options;
      throw new NotAllowedError(
        auth.isPrincipal(credentials, 'service')
          ? `The service '${credentials.principal.subject}' may not create or change readiness campaigns; list it in readiness.permissions.serviceCampaignManagers to allow it`
          : 'You may not create or change readiness campaigns (readiness.campaign.manage)',
      );
    }
  }

  async assertCanAdminister(credentials: BackstageCredentials) {
    const [decision] = await this.options.permissions.authorize(
      [{ permission: readinessAdminPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('You may not administer readiness');
    }
  }
}
