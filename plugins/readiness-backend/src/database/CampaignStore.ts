import {
  Campaign,
  CampaignHistoryEntry,
  CampaignInput,
  CampaignProgressPoint,
  CampaignEntityState,
  CampaignScope,
} from '@readiness/plugin-readiness-common';
import { CampaignConditions } from './campaigns/campaignConditions';

/** Which subjects a progress query counts: a campaign's scope and rules, and who may see them. */
export type CampaignQuery = {
  scope: CampaignScope;
  conditions: CampaignConditions;
  /** Only these entities (lower-case refs), when the caller may not read every one. */
  visibleEntityRefs?: string[];
};

/** Which page of a campaign's entities to show: of one owner, in one state. */
export type CampaignEntityPage = {
  owner?: string;
  state?: CampaignEntityState;
  limit: number;
  offset: number;
};

/** Done and total entities of one owner (`null` for none). */
export type OwnerProgress = {
  owner: string | null;
  entities: number;
  done: number;
};

/** One concerned entity, with whether it meets the target. */
export type CampaignEntityRow = {
  entityRef: string;
  title?: string;
  owner?: string;
  score: number | null;
  level: string | null;
  done: boolean;
};

/** Stored campaigns, their history, and every campaign figure, computed in SQL. */
export interface CampaignStore {
  list(): Promise<Campaign[]>;
  get(id: string): Promise<Campaign | undefined>;
  /** Stores a new campaign and its first history entry; ConflictError when the id is taken. */
  create(
    id: string,
    input: CampaignInput,
    actor: string,
    now: string,
  ): Promise<Campaign>;
  /**
   * Replaces a stored campaign when it is still at `expectedVersion` (ConflictError otherwise,
   * NotFoundError when there is none), with a history entry, in one transaction.
   */
  update(
    id: string,
    input: CampaignInput,
    expectedVersion: number,
    actor: string,
    now: string,
  ): Promise<Campaign>;
  history(id: string): Promise<CampaignHistoryEntry[]>;

  /**
   * Entities and done entities per owner, for several campaigns in one scan of the scores
   * (their conditions must use distinct aliases); one list per campaign, in order.
   */
  progressByOwner(
    campaigns: Omit<CampaignQuery, 'visibleEntityRefs'>[],
    visibleEntityRefs?: string[],
  ): Promise<OwnerProgress[][]>;
  /** One page of the concerned entities: not done first, then by name. */
  listEntities(
    query: CampaignQuery & {
      done?: boolean;
      owner?: string;
      limit: number;
      offset: number;
    },
  ): Promise<{ items: CampaignEntityRow[]; totalCount: number }>;
  /**
   * For one entity and several campaigns at once: undefined where the campaign does not
   * concern it, else whether it meets the target.
   */
  entityStates(
    entityRef: string,
    campaigns: CampaignQuery[],
  ): Promise<(boolean | undefined)[]>;

  /** Done entities per day from the score snapshots: entities at one of `levelIds`. */
  levelSeries(
    query: Omit<CampaignQuery, 'conditions'> & {
      levelIds: string[];
      fromDay: string;
      beforeDay: string;
    },
  ): Promise<CampaignProgressPoint[]>;
  /** Done entities per day from the campaign snapshots. */
  snapshotSeries(options: {
    campaignId: string;
    visibleEntityRefs?: string[];
    fromDay: string;
    beforeDay: string;
  }): Promise<CampaignProgressPoint[]>;
  /** Replaces the campaign's snapshot of `day`; returns the rows written. */
  takeSnapshot(
    campaignId: string,
    day: string,
    query: CampaignQuery,
  ): Promise<number>;
  /** Removes campaign snapshots before `day`; returns the rows removed. */
  pruneSnapshots(beforeDay: string): Promise<number>;

  /** Records a notice as sent; false when it already was (by this or another replica). */
  claimNotice(
    campaignId: string,
    notice: string,
    now: string,
  ): Promise<boolean>;
}
