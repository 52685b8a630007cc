import { Knex } from 'knex';
import { CampaignStore } from './CampaignStore';
import {
  campaignHistory,
  createCampaign,
  getCampaign,
  listCampaigns,
  updateCampaign,
} from './campaigns/campaignDefinitions';
import { claimCampaignNotice } from './campaigns/campaignNoticeClaims';
import {
  campaignEntityStates,
  levelSeries,
  listCampaignEntities,
  progressByOwner,
  pruneCampaignSnapshots,
  snapshotSeries,
  takeCampaignSnapshot,
} from './campaigns/campaignProgress';

/**
 * The knex implementation of {@link CampaignStore}, for SQLite and PostgreSQL, one module per
 * concern under `campaigns/`. Every figure is one query over the stored scores (or
 * snapshots), whatever the number of entities.
 */
export class DatabaseCampaignStore implements CampaignStore {
  constructor(private readonly db: Knex) {}

  list: CampaignStore['list'] = () => listCampaigns(this.db);

  get: CampaignStore['get'] = id => getCampaign(this.db, id);

  create: CampaignStore['create'] = (...args) =>
    createCampaign(this.db, ...args);

  update: CampaignStore['update'] = (...args) =>
    updateCampaign(this.db, ...args);

  history: CampaignStore['history'] = id => campaignHistory(this.db, id);

  progressByOwner: CampaignStore['progressByOwner'] = (...args) =>
    progressByOwner(this.db, ...args);

  listEntities: CampaignStore['listEntities'] = (...args) =>
    listCampaignEntities(this.db, ...args);

  entityStates: CampaignStore['entityStates'] = (...args) =>
    campaignEntityStates(this.db, ...args);

  levelSeries: CampaignStore['levelSeries'] = (...args) =>
    levelSeries(this.db, ...args);

  snapshotSeries: CampaignStore['snapshotSeries'] = options =>
    snapshotSeries(this.db, options);

  takeSnapshot: CampaignStore['takeSnapshot'] = (...args) =>
    takeCampaignSnapshot(this.db, ...args);

  pruneSnapshots: CampaignStore['pruneSnapshots'] = beforeDay =>
    pruneCampaignSnapshots(this.db, beforeDay);

  claimNotice: CampaignStore['claimNotice'] = (...args) =>
    claimCampaignNotice(this.db, ...args);
}
