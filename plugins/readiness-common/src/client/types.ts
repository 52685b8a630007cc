import type {
  Campaign,
  CampaignDetail,
  CampaignEntityState,
  CampaignHistoryEntry,
  CampaignInput,
  CampaignSummary,
  EntityCampaign,
  ReviewEvidenceProblems,
  ReviewExemptions,
  EntityTrendPoint,
  AnswerHistoryEntry,
  EntityReadiness,
  ReadinessReport,
  ReadinessTrends,
  ReviewFilters,
  ReviewGroupBy,
  ReviewPopulation,
  WriteAnswersResult,
  AnswerChange,
  ChecklistsResponse,
  EntityScore,
  ScorePage,
} from '@readiness/plugin-readiness-common';

/**
 * Client for the Readiness backend.
 *
 * @public
 */
export interface ReadinessApi {
  /**
   * The entity's checklist, answers (people's and automatic) and score. With `reuseAccess`
   * (a read after the first on the same page), the caller's access is taken from this client's
   * last read of the entity instead of decided again, which saves the backend a permission
   * decision; the first read always asks.
   */
  getEntityReadiness(
    entityRef: string,
    options?: { reuseAccess?: boolean },
  ): Promise<EntityReadiness>;
  /** Writes answers all or nothing; each carries the version it was based on. */
  writeAnswers(
    entityRef: string,
    checklistId: string,
    answers: AnswerChange[],
  ): Promise<WriteAnswersResult>;
  /** The configured checklists, levels and review interval. */
  getChecklists(): Promise<ChecklistsResponse>;
  /** Removes a person's answer so the automatic answer applies again; returns the new state. */
  clearAnswer(
    entityRef: string,
    questionId: string,
    expectedVersion: number,
  ): Promise<EntityReadiness>;
  /** Changes of an entity's answers, newest first. */
  getHistory(
    entityRef: string,
    options?: { questionId?: string; limit?: number },
  ): Promise<AnswerHistoryEntry[]>;
  /** The entity's own score per day, from the daily snapshots (90 days by default). */
  getEntityTrend(
    entityRef: string,
    options?: { days?: number },
  ): Promise<{ from: string; points: EntityTrendPoint[] }>;
  /**
   * Runs the evidence providers for the entity now (needs the right to change its answers);
   * returns the entity's readiness after the run and whether its automatic answers changed.
   */
  refreshEvidence(
    entityRef: string,
  ): Promise<{ result: EntityReadiness; changed: boolean }>;
  /**
   * Stored scores, filtered and a page at a time. With `fields`, each score holds only those
   * properties (and its entity ref): what a bulk reader such as a sync needs, at a fraction of
   * the size.
   */
  getScores<F extends keyof EntityScore = keyof EntityScore>(
    options?: ReviewFilters & {
      entityRefs?: string[];
      /** Level ids; `none` selects entities below the first level. */
      levels?: string[];
      /** Only scores computed at or after this ISO 8601 time (for incremental sync). */
      scoredSince?: string;
      /** Page size, up to 20,000; the backend's default is 1,000. */
      limit?: number;
      cursor?: string;
      fields?: F[];
    },
  ): Promise<ScorePage<Pick<EntityScore, F | 'entityRef'>>>;
  /** The org-wide review, computed by the backend in SQL. */
  getReport(options: {
    groupBy: ReviewGroupBy;
    filters: ReviewFilters;
    /** Scores over every entity in scope (the default) or the assessed ones. */
    population?: ReviewPopulation;
  }): Promise<ReadinessReport>;
  /** Daily figures from the snapshots, overall (`all`) or per group. */
  getTrends(options: {
    groupBy: ReviewGroupBy | 'all';
    days: number;
    filters: ReviewFilters;
  }): Promise<ReadinessTrends>;
  /**
   * Every campaign with today's progress (needs `readiness.report.read`), and whether the
   * caller may create and change campaigns.
   */
  listCampaigns(): Promise<{ items: CampaignSummary[]; canManage: boolean }>;
  /** One campaign: progress per team, a page of its entities and progress over time. */
  getCampaign(
    id: string,
    options?: {
      owner?: string;
      state?: CampaignEntityState;
      limit?: number;
      offset?: number;
    },
  ): Promise<CampaignDetail>;
  /** Creates a campaign (needs `readiness.campaign.manage`). */
  createCampaign(input: CampaignInput): Promise<Campaign>;
  /** Changes a stored campaign at the version that was read. */
  updateCampaign(
    id: string,
    input: CampaignInput,
    expectedVersion: number,
  ): Promise<Campaign>;
  /** Every version of a stored campaign, newest first. */
  getCampaignHistory(id: string): Promise<CampaignHistoryEntry[]>;
  /** The campaigns that concern an entity, and where it stands in each. */
  getEntityCampaigns(entityRef: string): Promise<EntityCampaign[]>;
  /**
   * Approves or rejects a pending exemption at the version read (needs
   * `readiness.exemption.approve`; nobody decides on their own request).
   */
  decideExemption(
    entityRef: string,
    questionId: string,
    decision: {
      decision: 'approve' | 'reject';
      expectedVersion: number;
      note?: string;
    },
  ): Promise<EntityReadiness>;
  /** Exemptions waiting for approval and those expiring soon (needs `readiness.report.read`). */
  getExemptions(filters?: ReviewFilters): Promise<ReviewExemptions>;
  /**
   * Entities whose automatic evidence could not be checked (a repository that could not be
   * read), longest failing first (needs `readiness.report.read`).
   */
  getEvidenceProblems(filters?: ReviewFilters): Promise<ReviewEvidenceProblems>;
}
