import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  Campaign,
  CampaignDetail,
  CampaignHistoryEntry,
  CampaignInput,
  CampaignSummary,
  EntityCampaign,
  storedEntityRef,
} from '@readiness/plugin-readiness-common';
import { actorOf } from '../domain/actorOf';
import { CatalogVisibility } from '../permissions/CatalogVisibility';
import { ReadinessAccessControl } from '../permissions/ReadinessAuthorizer';
import { CatalogReader } from './CatalogReader';
import { CampaignService } from '../domain/CampaignService';
import { CampaignEntityPage } from '../database/CampaignStore';

/** The campaign operations of the API, as callers may perform them. */
export interface CampaignOperations {
  listCampaigns(
    credentials: BackstageCredentials,
  ): Promise<{ items: CampaignSummary[]; canManage: boolean }>;
  getCampaign(
    id: string,
    page: CampaignEntityPage,
    credentials: BackstageCredentials,
  ): Promise<CampaignDetail>;
  getCampaignHistory(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<CampaignHistoryEntry[]>;
  createCampaign(
    input: CampaignInput,
    credentials: BackstageCredentials,
  ): Promise<Campaign>;
  updateCampaign(
    id: string,
    input: CampaignInput,
    expectedVersion: number,
    credentials: BackstageCredentials,
  ): Promise<Campaign>;
  getEntityCampaigns(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
  ): Promise<EntityCampaign[]>;
}

/**
 * The authorising wrapper around {@link CampaignService}. Campaign progress is review data: it
 * needs `readiness.report.read` and covers only the entities the caller may read in the
 * catalog. Creating and changing campaigns needs `readiness.campaign.manage`. The campaigns of
 * one entity need only that the caller may read the entity, like its readiness.
 */
export class AuthorizedCampaignService implements CampaignOperations {
  constructor(
    private readonly options: {
      inner: CampaignService;
      catalog: CatalogReader;
      authorizer: ReadinessAccessControl;
      visibility: CatalogVisibility;
      /** The entity kinds checklists apply to: the only ones a campaign can hold. */
      kinds: string[];
    },
  ) {}

  async listCampaigns(credentials: BackstageCredentials) {
    const [items, canManage] = await Promise.all([
      this.visibleRefs(credentials).then(refs =>
        this.options.inner.listSummaries(refs),
      ),
      this.options.authorizer.canManageCampaigns(credentials),
    ]);
    return { items, canManage };
  }

  async getCampaign(
    id: string,
    page: CampaignEntityPage,
    credentials: BackstageCredentials,
  ) {
    return this.options.inner.getDetail(
      id,
      page,
      await this.visibleRefs(credentials),
    );
  }

  async getCampaignHistory(id: string, credentials: BackstageCredentials) {
    await this.options.authorizer.assertCanReadReports(credentials);
    return this.options.inner.getHistory(id);
  }

  async createCampaign(
    input: CampaignInput,
    credentials: BackstageCredentials,
  ) {
    await this.options.authorizer.assertCanManageCampaigns(credentials);
    return this.options.inner.createCampaign(input, actorOf(credentials));
  }

  async updateCampaign(
    id: string,
    input: CampaignInput,
    expectedVersion: number,
    credentials: BackstageCredentials,
  ) {
    await this.options.authorizer.assertCanManageCampaigns(credentials);
    return this.options.inner.updateCampaign(
      id,
      input,
      expectedVersion,
      actorOf(credentials),
    );
  }

  async getEntityCampaigns(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
  ) {
    const entity = await this.options.catalog.getEntity(ref, credentials);
    return this.options.inner.entityCampaigns(storedEntityRef(entity));
  }

  private async visibleRefs(credentials: BackstageCredentials) {
    const { authorizer, visibility, kinds } = this.options;
    await authorizer.assertCanReadReports(credentials);
    return visibility.listVisible(
      await visibility.scopeFor(credentials),
      kinds,
    );
  }
}
