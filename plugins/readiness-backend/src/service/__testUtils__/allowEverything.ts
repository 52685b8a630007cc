import { Entity } from '@backstage/catalog-model';
import { ReadinessAccessControl } from '../../permissions/ReadinessAuthorizer';
import { ownersOf } from '../../permissions/rules';

/** Access control for tests and benches of domain logic: everyone may do everything. */
export const allowEverything: ReadinessAccessControl = {
  updateRightOf: async () => ({
    accessTo: (entity: Entity) => ({
      canEdit: true,
      owners: ownersOf(entity),
      canApprove: true,
    }),
    assertCanUpdate: () => {},
    assertCanApprove: () => {},
  }),
  assertCanReadReports: async () => {},
  assertCanAdminister: async () => {},
  assertCanManageCampaigns: async () => {},
  canManageCampaigns: async () => true,
};
