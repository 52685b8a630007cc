import { ReadinessAccessControl } from '../../permissions/ReadinessAuthorizer';

/** Access control for tests of domain logic: everyone may do everything. */
export const allowEverything: ReadinessAccessControl = {
  canUpdate: async () => true,
  assertCanUpdate: async () => {},
  assertCanReadReports: async () => {},
};
