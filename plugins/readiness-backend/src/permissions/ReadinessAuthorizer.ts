import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  readinessAnswerUpdatePermission,
  readinessReportReadPermission,
} from '@readiness/plugin-readiness-common';
import { ownersOf } from './rules';

/** The permission checks the services need; tests of domain logic can supply their own. */
export interface ReadinessAccessControl {
  canUpdate(
    entity: Entity,
    credentials: BackstageCredentials,
  ): Promise<boolean>;
  assertCanUpdate(
    entity: Entity,
    credentials: BackstageCredentials,
  ): Promise<void>;
  assertCanReadReports(credentials: BackstageCredentials): Promise<void>;
}

/** Every permission decision of the plugin, in one place. */
export class ReadinessAuthorizer implements ReadinessAccessControl {
  constructor(
    private readonly options: {
      permissions: PermissionsService;
    },
  ) {}

  /** Whether the caller may change the entity's answers. */
  async canUpdate(
    entity: Entity,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
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

  async assertCanUpdate(entity: Entity, credentials: BackstageCredentials) {
    if (!(await this.canUpdate(entity, credentials))) {
      const owners = ownersOf(entity);
      throw new NotAllowedError(
        `You may not change the readiness answers of ${stringifyEntityRef(
          entity,
        )}${owners.length ? `; its owners (${owners.join(', ')}) can` : ''}`,
      );
    }
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
}
