import {
  AuthService,
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  readinessAdminPermission,
  ReadinessAccess,
  readinessAnswerUpdatePermission,
  readinessReportReadPermission,
} from '@readiness/plugin-readiness-common';
import { ownersOf } from './rules';

/** The permission decisions the authorising services need; tests can supply their own. */
export interface ReadinessAccessControl {
  /** Whether the caller may change the entity's answers, and who can, for read-only views. */
  accessTo(
    entity: Entity,
    credentials: BackstageCredentials,
  ): Promise<ReadinessAccess>;
  assertCanUpdate(
    entity: Entity,
    credentials: BackstageCredentials,
  ): Promise<void>;
  assertCanReadReports(credentials: BackstageCredentials): Promise<void>;
  assertCanAdminister(credentials: BackstageCredentials): Promise<void>;
}

/**
 * The plugin's own permission decisions, in one place.
 *
 * Backstage's permission client allows every service principal without asking the policy, so
 * a policy cannot limit which services write answers. The plugin does: a service may write only
 * when its subject (`plugin:<id>` for plugins, `external:<subject>` for static tokens) is listed
 * in `readiness.permissions.serviceWriters`, and still within its token's access restrictions.
 */
export class ReadinessAuthorizer implements ReadinessAccessControl {
  private readonly serviceWriters: Set<string>;

  constructor(
    private readonly options: {
      permissions: PermissionsService;
      auth: AuthService;
      serviceWriters: string[];
    },
  ) {
    this.serviceWriters = new Set(options.serviceWriters);
  }

  async accessTo(
    entity: Entity,
    credentials: BackstageCredentials,
  ): Promise<ReadinessAccess> {
    return {
      canEdit: await this.canUpdate(entity, credentials),
      owners: ownersOf(entity),
    };
  }

  async assertCanUpdate(entity: Entity, credentials: BackstageCredentials) {
    if (await this.canUpdate(entity, credentials)) {
      return;
    }
    if (this.options.auth.isPrincipal(credentials, 'service')) {
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

  async assertCanAdminister(credentials: BackstageCredentials) {
    const [decision] = await this.options.permissions.authorize(
      [{ permission: readinessAdminPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('You may not administer readiness');
    }
  }

  private async canUpdate(
    entity: Entity,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    if (
      this.options.auth.isPrincipal(credentials, 'service') &&
      !this.serviceWriters.has(credentials.principal.subject)
    ) {
      return false;
    }
    // With the entity's ref, the permission backend applies a policy's conditions (such as
    // IS_ENTITY_OWNER) through this plugin's permission integration (see plugin.ts).
    const [decision] = await this.options.permissions.authorize(
      [
        {
          permission: readinessAnswerUpdatePermission,
          resourceRef: stringifyEntityRef(entity),
        },
      ],
      { credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }
}
