import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  Campaign,
  CampaignDetail,
  CampaignInput,
  CampaignProgress,
  CampaignProgressPoint,
  CampaignSummary,
  EntityCampaign,
  campaignDay,
  campaignEntityStateOn,
  campaignInputProblems,
  campaignPhaseOn,
} from '@readiness/plugin-readiness-common';
import { randomBytes } from 'crypto';
import { ReadinessConfig } from '../config/readReadinessConfig';
import { campaignVocabulary } from '../config/readCampaignConfig';
import { ReviewStore } from '../database/ReviewStore';
import {
  CampaignConditions,
  campaignConditions,
} from '../database/campaigns/campaignConditions';
import {
  CampaignEntityPage,
  CampaignQuery,
  CampaignStore,
  OwnerProgress,
} from '../database/CampaignStore';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The longest series the page draws: the snapshots' retention. */
const MAX_SERIES_DAYS = 400;

/** A new campaign's id: its title as a slug, and a random suffix so titles may repeat. */
const newCampaignId = (title: string) => {
  const slug = title
    .toLocaleLowerCase('en-US')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return `${slug || 'campaign'}-${randomBytes(4).toString('hex')}`;
};

/**
 * Campaigns: the configured ones and those people created, their progress, the campaigns of one
 * entity and the daily campaign snapshots. Every figure is computed by the store in SQL, with
 * the rules of {@link campaignConditions}. Callers go through `AuthorizedCampaignService`;
 * `visibleEntityRefs`, when given, limits every figure to the entities the caller may read.
 */
export class CampaignService {
  private readonly vocabulary: ReturnType<typeof campaignVocabulary>;

  constructor(
    private readonly options: {
      store: CampaignStore;
      review: Pick<ReviewStore, 'countSubjects'>;
      config: ReadinessConfig;
      clock?: () => Date;
    },
  ) {
    this.vocabulary = campaignVocabulary(
      options.config.levels,
      options.config.checklists,
    );
  }

  private now() {
    return this.options.clock?.() ?? new Date();
  }

  /** Configured campaigns first, then stored ones by creation. */
  async listCampaigns(): Promise<Campaign[]> {
    return [
      ...this.options.config.campaigns.configured,
      ...(await this.options.store.list()),
    ];
  }

  async getCampaign(id: string): Promise<Campaign> {
    const campaign =
      this.options.config.campaigns.configured.find(c => c.id === id) ??
      (await this.options.store.get(id));
    if (!campaign) {
      throw new NotFoundError(`There is no campaign '${id}'`);
    }
    return campaign;
  }

  async listSummaries(
    visibleEntityRefs?: string[],
  ): Promise<CampaignSummary[]> {
    const campaigns = await this.listCampaigns();
    const context = await this.context();
    const today = campaignDay(this.now());
    // One scan of the scores for every campaign.
    const owners = await this.options.store.progressByOwner(
      campaigns.map((campaign, i) => this.queryOf(campaign, context, `c${i}`)),
      visibleEntityRefs,
    );
    return campaigns.map((campaign, i) =>
      this.summaryOf(campaign, owners[i], today),
    );
  }

  async getDetail(
    id: string,
    page: CampaignEntityPage,
    visibleEntityRefs?: string[],
  ): Promise<CampaignDetail> {
    const { store } = this.options;
    const campaign = await this.getCampaign(id);
    const query = {
      ...this.queryOf(campaign, await this.context()),
      visibleEntityRefs,
    };
    const today = campaignDay(this.now());
    const done = page.state === undefined ? undefined : page.state === 'done';
    const [[owners], entities, series] = await Promise.all([
      store.progressByOwner([query], visibleEntityRefs),
      // Open and overdue are the same entities on either side of the due day.
      done === false &&
      campaignEntityStateOn(false, campaign, today) !== page.state
        ? Promise.resolve({ items: [], totalCount: 0 })
        : store.listEntities({ ...query, ...page, done }),
      this.series(campaign, query, today),
    ]);
    const summary = this.summaryOf(campaign, owners, today);
    return {
      campaign: summary,
      teams: owners.map(o => ({
        owner: o.owner,
        ...this.progressOf([o], campaign, today),
      })),
      entities: {
        items: entities.items.map(({ done: met, ...entity }) => ({
          ...entity,
          state: campaignEntityStateOn(met, campaign, today),
        })),
        totalCount: entities.totalCount,
      },
      overTime:
        today >= campaign.startsOn
          ? [
              ...series,
              {
                day: today,
                entities: summary.progress.entities,
                done: summary.progress.done,
              },
            ]
          : [],
    };
  }

  /** The campaigns that concern one (stored) entity, and where it stands in each. */
  async entityCampaigns(entityRef: string): Promise<EntityCampaign[]> {
    const campaigns = await this.listCampaigns();
    // Only this entity's checklist, kind and type decide which questions it is asked: a look-up
    // of its row, not a count over every subject, on the entity view's path.
    const context = await this.context([entityRef]);
    const states = await this.options.store.entityStates(
      entityRef,
      campaigns.map((c, i) => this.queryOf(c, context, `c${i}`)),
    );
    const today = campaignDay(this.now());
    return campaigns.flatMap((campaign, i) => {
      const met = states[i];
      return met === undefined
        ? []
        : [
            {
              campaign,
              phase: campaignPhaseOn(campaign, today),
              state: campaignEntityStateOn(met, campaign, today),
            },
          ];
    });
  }

  async createCampaign(input: CampaignInput, actor: string): Promise<Campaign> {
    this.assertValid(input);
    return this.options.store.create(
      newCampaignId(input.title),
      input,
      actor,
      this.now().toISOString(),
    );
  }

  async updateCampaign(
    id: string,
    input: CampaignInput,
    expectedVersion: number,
    actor: string,
  ): Promise<Campaign> {
    if (this.options.config.campaigns.configured.some(c => c.id === id)) {
      throw new ConflictError(
        `The campaign '${id}' is defined in app-config (readiness.campaigns); change it there`,
      );
    }
    this.assertValid(input);
    return this.options.store.update(
      id,
      input,
      expectedVersion,
      actor,
      this.now().toISOString(),
    );
  }

  async getHistory(id: string) {
    const campaign = await this.getCampaign(id);
    return campaign.source === 'config' ? [] : this.options.store.history(id);
  }

  /**
   * Records today's state of every entity of the campaigns whose target is a set of questions
   * (level targets read the score snapshots) from their start day on, and prunes snapshots past
   * the retention.
   */
  async takeDailySnapshots(): Promise<{ written: number; pruned: number }> {
    const now = this.now();
    const today = campaignDay(now);
    const context = await this.context();
    let written = 0;
    for (const campaign of await this.listCampaigns()) {
      if ('questionIds' in campaign.target && campaign.startsOn <= today) {
        written += await this.options.store.takeSnapshot(
          campaign.id,
          today,
          this.queryOf(campaign, context),
        );
      }
    }
    const pruned = await this.options.store.pruneSnapshots(
      campaignDay(
        new Date(
          now.getTime() - this.options.config.snapshotRetentionDays * DAY_MS,
        ),
      ),
    );
    return { written, pruned };
  }

  /** The entities of a campaign that are not done, with their owners, for notices. */
  async openEntities(campaign: Campaign, limit: number) {
    const { items } = await this.options.store.listEntities({
      ...this.queryOf(campaign, await this.context()),
      done: false,
      limit,
      offset: 0,
    });
    return items;
  }

  private assertValid(input: CampaignInput) {
    const problems = campaignInputProblems(input, {
      ...this.vocabulary,
      today: this.now(),
    });
    if (problems.length) {
      throw new InputError(`Invalid campaign: ${problems.join('; ')}`);
    }
  }

  /** What the conditions need; `entityRefs` limits the subject kinds to those entities'. */
  private async context(entityRefs?: string[]) {
    const { config, review } = this.options;
    return {
      levels: config.levels,
      checklists: config.checklists,
      subjectKinds: await review.countSubjects(
        entityRefs ? { visibleEntityRefs: entityRefs } : {},
      ),
      freshSince: new Date(
        this.now().getTime() - config.reviewIntervalDays * DAY_MS,
      ).toISOString(),
    };
  }

  private queryOf(
    campaign: Campaign,
    context: Parameters<typeof campaignConditions>[1],
    alias = 'c',
  ): CampaignQuery & { conditions: CampaignConditions } {
    return {
      scope: campaign.scope,
      conditions: campaignConditions(campaign, context, alias),
    };
  }

  private async series(
    campaign: Campaign,
    query: CampaignQuery,
    today: string,
  ): Promise<CampaignProgressPoint[]> {
    const earliest = campaignDay(
      new Date(this.now().getTime() - MAX_SERIES_DAYS * DAY_MS),
    );
    const fromDay = campaign.startsOn > earliest ? campaign.startsOn : earliest;
    const { target } = campaign;
    if ('level' in target) {
      const { levels } = this.options.config;
      const rank = levels.findIndex(l => l.id === target.level);
      return this.options.store.levelSeries({
        scope: campaign.scope,
        visibleEntityRefs: query.visibleEntityRefs,
        levelIds: levels.slice(rank).map(l => l.id),
        fromDay,
        beforeDay: today,
      });
    }
    return this.options.store.snapshotSeries({
      campaignId: campaign.id,
      visibleEntityRefs: query.visibleEntityRefs,
      fromDay,
      beforeDay: today,
    });
  }

  private progressOf(
    owners: OwnerProgress[],
    campaign: Campaign,
    today: string,
  ): CampaignProgress {
    const entities = owners.reduce((sum, o) => sum + o.entities, 0);
    const done = owners.reduce((sum, o) => sum + o.done, 0);
    const overdue = today > campaign.dueOn;
    return {
      entities,
      done,
      open: overdue ? 0 : entities - done,
      overdue: overdue ? entities - done : 0,
    };
  }

  private summaryOf(
    campaign: Campaign,
    owners: OwnerProgress[],
    today: string,
  ): CampaignSummary {
    return {
      ...campaign,
      phase: campaignPhaseOn(campaign, today),
      progress: this.progressOf(owners, campaign, today),
    };
  }
}
