import { API_VALUES } from '../generated/apiConstants';
import type { components } from '../generated/openapi';

/**
 * Which entities a campaign concerns (an empty scope is every entity a checklist applies to) (generated from the API's `CampaignScope` schema).
 *
 * @public
 */
export type CampaignScope = components['schemas']['CampaignScope'];

/**
 * What an entity must reach for a campaign: a level (or a higher one), or a fresh Yes to each of a set of questions (generated from the API's `CampaignTarget` schema).
 *
 * @public
 */
export type CampaignTarget = components['schemas']['CampaignTarget'];

/**
 * A campaign as a platform team defines it, in config or through the API (generated from the API's `CampaignInput` schema).
 *
 * @public
 */
export type CampaignInput = components['schemas']['CampaignInput'];

/**
 * A stored or configured campaign; `config` ones cannot be changed through the API (generated from the API's `Campaign` schema).
 *
 * @public
 */
export type Campaign = components['schemas']['Campaign'];

/**
 * Where one entity stands in a campaign: `done`, `open` until the due date, `overdue` after it (generated from the API's `CampaignEntityState` schema).
 *
 * @public
 */
export type CampaignEntityState = components['schemas']['CampaignEntityState'];

/**
 * Every {@link CampaignEntityState}, in the order the UI lists them.
 *
 * @public
 */
export const CAMPAIGN_ENTITY_STATES: readonly CampaignEntityState[] =
  API_VALUES.CampaignEntityState;

/**
 * Where a campaign stands in time (generated from the API's `CampaignPhase` schema).
 *
 * @public
 */
export type CampaignPhase = components['schemas']['CampaignPhase'];

/**
 * How many of a campaign's entities are done, open and overdue (generated from the API's `CampaignProgress` schema).
 *
 * @public
 */
export type CampaignProgress = components['schemas']['CampaignProgress'];

/**
 * A campaign with where it stands today (generated from the API's `CampaignSummary` schema).
 *
 * @public
 */
export type CampaignSummary = components['schemas']['CampaignSummary'];

/**
 * A campaign's progress within one owning team (`owner` null for entities without one) (generated from the API's `CampaignTeamProgress` schema).
 *
 * @public
 */
export type CampaignTeamProgress =
  components['schemas']['CampaignTeamProgress'];

/**
 * One entity of a campaign (generated from the API's `CampaignEntity` schema).
 *
 * @public
 */
export type CampaignEntity = components['schemas']['CampaignEntity'];

/**
 * Done entities of a campaign on one day (generated from the API's `CampaignProgressPoint` schema).
 *
 * @public
 */
export type CampaignProgressPoint =
  components['schemas']['CampaignProgressPoint'];

/**
 * Everything the campaign page shows of one campaign, in one response (generated from the API's `CampaignDetail` schema).
 *
 * @public
 */
export type CampaignDetail = components['schemas']['CampaignDetail'];

/**
 * A campaign that concerns one entity, and where the entity stands in it (generated from the API's `EntityCampaign` schema).
 *
 * @public
 */
export type EntityCampaign = components['schemas']['EntityCampaign'];

/**
 * One change of a stored campaign (generated from the API's `CampaignHistoryEntry` schema).
 *
 * @public
 */
export type CampaignHistoryEntry =
  components['schemas']['CampaignHistoryEntry'];
