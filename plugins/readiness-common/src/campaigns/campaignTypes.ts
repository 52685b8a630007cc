import { ReviewFilters } from '../review/reviewTypes';

/**
 * Which entities a campaign concerns: those with these catalog facts (each list matches any of
 * its values; an empty scope is every entity a checklist applies to).
 *
 * @public
 */
export type CampaignScope = ReviewFilters;

/**
 * What an entity must reach for a campaign: a level (or a higher one), or every one of a set of
 * questions answered Yes (a fresh Yes, as scoring counts it).
 *
 * @public
 */
export type CampaignTarget = { level: string } | { questionIds: string[] };

/**
 * A campaign as a platform team defines it, in config or through the API.
 *
 * @public
 */
export type CampaignInput = {
  title: string;
  description?: string;
  scope: CampaignScope;
  target: CampaignTarget;
  /** The first day of the campaign (YYYY-MM-DD, UTC); owners are notified then. */
  startsOn: string;
  /** The last day to reach the target (YYYY-MM-DD, UTC); from the next day it is overdue. */
  dueOn: string;
  /** Days between reminders to owners whose entities are still open; 0 for none. */
  reminderDays: number;
};

/**
 * A stored or configured campaign.
 *
 * @public
 */
export type Campaign = CampaignInput & {
  id: string;
  /** `config` campaigns come from app-config and cannot be changed through the API. */
  source: 'config' | 'api';
  /** Increments on every change; an update must send the version it read. */
  version: number;
  createdBy?: string;
  createdAt?: string;
  updatedBy?: string;
  updatedAt?: string;
};

/**
 * Where one entity stands in a campaign: `done` when it meets the target, `open` while it does
 * not and the due date has not passed, `overdue` after that.
 *
 * @public
 */
export type CampaignEntityState = 'done' | 'open' | 'overdue';

/**
 * Every {@link CampaignEntityState}, in the order the UI lists them.
 *
 * @public
 */
export const CAMPAIGN_ENTITY_STATES: readonly CampaignEntityState[] = [
  'done',
  'open',
  'overdue',
];

/**
 * Where a campaign stands in time.
 *
 * @public
 */
export type CampaignPhase = 'scheduled' | 'running' | 'overdue';

/**
 * How many of a campaign's entities are done and not; the not done ones are `open` until the
 * due date and `overdue` after it.
 *
 * @public
 */
export type CampaignProgress = {
  entities: number;
  done: number;
  open: number;
  overdue: number;
};

/**
 * A campaign with where it stands today.
 *
 * @public
 */
export type CampaignSummary = Campaign & {
  phase: CampaignPhase;
  progress: CampaignProgress;
};

/**
 * A campaign's progress within one owning team (`owner` null for entities without one).
 *
 * @public
 */
export type CampaignTeamProgress = CampaignProgress & { owner: string | null };

/**
 * One entity of a campaign.
 *
 * @public
 */
export type CampaignEntity = {
  entityRef: string;
  title?: string;
  owner?: string;
  state: CampaignEntityState;
  score: number | null;
  level: string | null;
};

/**
 * Done entities of a campaign on one day.
 *
 * @public
 */
export type CampaignProgressPoint = {
  day: string;
  entities: number;
  done: number;
};

/**
 * Everything the campaign page shows of one campaign, in one response.
 *
 * @public
 */
export type CampaignDetail = {
  campaign: CampaignSummary;
  teams: CampaignTeamProgress[];
  entities: { items: CampaignEntity[]; totalCount: number };
  /** Done entities per day since the start, from the daily snapshots; today is live. */
  overTime: CampaignProgressPoint[];
};

/**
 * A campaign that concerns one entity, and where the entity stands in it.
 *
 * @public
 */
export type EntityCampaign = {
  campaign: Campaign;
  phase: CampaignPhase;
  state: CampaignEntityState;
};

/**
 * One change of a stored campaign.
 *
 * @public
 */
export type CampaignHistoryEntry = {
  version: number;
  changedBy: string;
  changedAt: string;
  campaign: CampaignInput;
};
