import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The catalog's resource type for entities; readiness answers are authorised per entity.
 *
 * @public
 */
export const READINESS_ENTITY_RESOURCE_TYPE = 'catalog-entity';

/**
 * Changing (writing, confirming or clearing) an entity's readiness answers. A resource
 * permission on catalog entities, so policies can allow it for the entity's owners.
 *
 * @public
 */
export const readinessAnswerUpdatePermission = createPermission({
  name: 'readiness.answer.update',
  attributes: { action: 'update' },
  resourceType: READINESS_ENTITY_RESOURCE_TYPE,
});

/**
 * Reading the org-wide review (report and trends).
 *
 * @public
 */
export const readinessReportReadPermission = createPermission({
  name: 'readiness.report.read',
  attributes: { action: 'read' },
});

/**
 * Administering readiness: listing the entities that left the catalog, whose answers are kept.
 *
 * @public
 */
export const readinessAdminPermission = createPermission({
  name: 'readiness.admin',
  attributes: { action: 'read' },
});

/**
 * Creating and changing campaigns through the API and the campaign page.
 *
 * @public
 */
export const readinessCampaignManagePermission = createPermission({
  name: 'readiness.campaign.manage',
  attributes: { action: 'update' },
});

/**
 * Approving or rejecting an exemption (an N/A on a question that needs approval). A resource
 * permission on catalog entities, so a policy can limit it to some entities.
 *
 * @public
 */
export const readinessExemptionApprovePermission = createPermission({
  name: 'readiness.exemption.approve',
  attributes: { action: 'update' },
  resourceType: READINESS_ENTITY_RESOURCE_TYPE,
});

/**
 * Every permission of the Readiness plugins.
 *
 * @public
 */
export const readinessPermissions = [
  readinessAnswerUpdatePermission,
  readinessReportReadPermission,
  readinessAdminPermission,
  readinessCampaignManagePermission,
  readinessExemptionApprovePermission,
];
