import { ResponseError } from '@backstage/errors';
import {
  assessmentOfAnswers,
  readinessCounts,
  Campaign,
  CampaignDetail,
  CampaignHistoryEntry,
  CampaignInput,
  CampaignSummary,
  EntityCampaign,
  ReviewExemptions,
  EntityTrendPoint,
  AnswerEvidence,
  AnswerHistoryEntry,
  Checklist,
  DEFAULT_LEVELS,
  EntityReadiness,
  EvidenceProblem,
  ReviewEvidenceProblems,
  ReadinessAccess,
  ReadinessAnswer,
  ReadinessReport,
  ReadinessTrends,
  ReviewFilters,
  ReviewGroupBy,
  WriteAnswersResult,
  isStale,
  scoreReadiness,
} from '@readiness/plugin-readiness-common';
import { AnswerChange, ReadinessApi, ScorePage } from '../api/ReadinessApi';
import { storedScore } from './storedScore';

const REVIEW_INTERVAL_DAYS = 180;

/**
 * The checklist a {@link MockReadinessApi} asks by default: two sections, three questions, one
 * of them required for Silver.
 *
 * @public
 */
export const mockReadinessChecklist: Checklist = {
  id: 'test-checklist',
  title: 'Test checklist',
  appliesTo: [{ kind: 'Component' }],
  sections: [
    {
      id: 'ops',
      title: 'Operations',
      questions: [
        {
          id: 'ops.backups',
          text: 'Are backups tested?',
          guidance: 'A restore was rehearsed this quarter.',
          weight: 2,
          requiredForLevel: 'silver',
        },
        {
          id: 'ops.alerts',
          text: 'Do alerts page someone?',
          guidance: 'Alerts reach the on-call rota.',
          weight: 1,
        },
      ],
    },
    {
      id: 'docs',
      title: 'Documentation',
      questions: [
        {
          id: 'docs.runbook',
          text: 'Is there a runbook?',
          guidance: 'Linked from the catalog.',
          weight: 1,
        },
      ],
    },
  ],
};

/**
 * Builds the ResponseError the real client throws for a failed request.
 *
 * @public
 */
export async function responseError(
  status: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  return ResponseError.fromResponse({
    ok: false,
    status,
    statusText: name,
    headers: new Headers({ 'content-type': 'application/json' }),
    redirected: false,
    type: 'basic',
    url: 'http://localhost/api/readiness',
    text: async () =>
      JSON.stringify({
        error: { name, message },
        response: { statusCode: status },
      }),
  });
}

/**
 * A ReadinessApi that keeps answers in memory and scores them with the real scoring function,
 * with the backend's version check. Tests can change answers "as someone else", make the next
 * write fail, or make the entity read-only. Made by `readinessApiMock()`.
 *
 * @public
 */
export class MockReadinessApi implements ReadinessApi {
  /** People's answers of the entity, by question id. */
  readonly answers = new Map<string, ReadinessAnswer>();
  /** Each write's answers, in order. */
  readonly writes: AnswerChange[][] = [];
  /** Each read of an entity: whether it asked to reuse the access of the page's first read. */
  readonly reads: { reuseAccess: boolean }[] = [];
  /** What the caller may do, as every read reports it. */
  access: ReadinessAccess = { canEdit: true, owners: ['group:default/team-a'] };
  /** The checklist asked of the entity; null for an entity no checklist applies to. */
  checklist: Checklist | null = mockReadinessChecklist;
  /** Thrown by the next write instead of writing. */
  nextWriteError?: Error;
  /** Evidence problems every read reports. */
  evidenceProblems?: EvidenceProblem[];
  /** The time every answer and score is judged at. */
  readonly now = new Date('2026-11-01T12:00:00Z');

  private readonly entityRef: string;

  constructor(options: { entityRef?: string } = {}) {
    this.entityRef = options.entityRef ?? 'component:default/payments-api';
  }

  /** Stores an answer directly, as another user or an earlier session would have. */
  seed(
    questionId: string,
    status: ReadinessAnswer['status'],
    options: {
      note?: string;
      reviewedAt?: string;
      answeredBy?: string;
      approval?: ReadinessAnswer['approval'];
      beforeRequest?: ReadinessAnswer['beforeRequest'];
    } = {},
  ) {
    const previous = this.answers.get(questionId);
    const reviewedAt = options.reviewedAt ?? this.now.toISOString();
    this.answers.set(questionId, {
      entityRef: this.entityRef,
      questionId,
      status,
      note: options.note,
      links: [],
      version: (previous?.version ?? 0) + 1,
      answeredBy: options.answeredBy ?? 'user:default/someone-else',
      answeredAt: reviewedAt,
      reviewedAt,
      stale: isStale(reviewedAt, REVIEW_INTERVAL_DAYS, this.now),
      ...(options.approval ? { approval: options.approval } : {}),
      ...(options.beforeRequest
        ? { beforeRequest: options.beforeRequest }
        : {}),
    });
  }

  /** The entity's readiness from the answers in memory; records the read. */
  async getEntityReadiness(
    entityRef: string,
    options: { reuseAccess?: boolean } = {},
  ): Promise<EntityReadiness> {
    this.reads.push({ reuseAccess: Boolean(options.reuseAccess) });
    return this.readiness(entityRef);
  }

  private readiness(entityRef: string): EntityReadiness {
    this.checkRef(entityRef);
    const answers = this.effectiveAnswers();
    if (!this.checklist) {
      return {
        entityRef,
        checklist: null,
        reason:
          "No readiness checklist applies to entities of kind 'Component' and type 'library'.",
        answers: [],
        orphanedAnswers: answers,
        result: null,
        levels: DEFAULT_LEVELS,
        reviewIntervalDays: REVIEW_INTERVAL_DAYS,
        access: this.access,
      };
    }
    const checklist = this.checklist;
    return {
      entityRef,
      assessment: assessmentOfAnswers(answers),
      counts: readinessCounts(
        checklist.sections.flatMap(s => s.questions.map(q => q.id)),
        new Map(answers.map(a => [a.questionId, a])),
      ),
      checklist,
      answers,
      orphanedAnswers: [],
      result: this.score(),
      levels: DEFAULT_LEVELS,
      reviewIntervalDays: REVIEW_INTERVAL_DAYS,
      access: this.access,
      ...(this.evidenceProblems
        ? { evidenceProblems: this.evidenceProblems }
        : {}),
    };
  }

  /** Writes answers after the backend's version check; records the write. */
  async writeAnswers(
    entityRef: string,
    _checklistId: string,
    changes: AnswerChange[],
  ): Promise<WriteAnswersResult> {
    this.checkRef(entityRef);
    this.writes.push(changes);
    if (this.nextWriteError) {
      const error = this.nextWriteError;
      this.nextWriteError = undefined;
      throw error;
    }
    for (const change of changes) {
      const current = this.answers.get(change.questionId)?.version ?? 0;
      if (current !== change.expectedVersion) {
        throw await responseError(
          409,
          'ConflictError',
          `Answer '${change.questionId}' is at version ${current}, not ${change.expectedVersion}`,
        );
      }
    }
    const written = changes.map(change => {
      const answer: ReadinessAnswer = {
        entityRef: this.entityRef,
        questionId: change.questionId,
        status: change.status,
        note: change.note,
        links: change.links ?? [],
        version: change.expectedVersion + 1,
        answeredBy: 'user:default/alice',
        answeredAt: this.now.toISOString(),
        reviewedAt: this.now.toISOString(),
        ...(change.expiresAt ? { expiresAt: change.expiresAt } : {}),
        stale: false,
      };
      const previous = this.answers.get(change.questionId);
      this.history.push({
        id: this.history.length + 1,
        entityRef: this.entityRef,
        questionId: change.questionId,
        version: answer.version,
        status: answer.status,
        note: answer.note,
        links: answer.links,
        changedBy: answer.answeredBy,
        changedAt: answer.answeredAt,
        ...(previous
          ? {
              previous: {
                status: previous.status,
                note: previous.note,
                links: previous.links,
                version: previous.version,
              },
            }
          : {}),
      });
      this.answers.set(change.questionId, answer);
      return answer;
    });
    return { answers: written, result: this.score() };
  }

  /** What getReport and getTrends answer, and what they were asked. */
  report?: ReadinessReport;
  /** What getTrends answers. */
  trends?: ReadinessTrends;
  /** What getReport was asked. */
  readonly reportRequests: {
    groupBy: string;
    filters: ReviewFilters;
    population?: string;
  }[] = [];
  /** What getTrends was asked. */
  readonly trendRequests: { groupBy: string; days: number }[] = [];
  /** Scores served by getScores in place of this entity's own. */
  scorePage?: ScorePage;
  /** What getScores was asked. */
  readonly scoreRequests: object[] = [];

  /** Answers `report`; records the request. */
  async getReport(options: {
    groupBy: ReviewGroupBy;
    filters: ReviewFilters;
    population?: 'all' | 'assessed';
  }): Promise<ReadinessReport> {
    this.reportRequests.push(options);
    if (!this.report) {
      throw new Error('no report');
    }
    return {
      ...this.report,
      groupBy: options.groupBy,
      population: options.population ?? 'all',
      filters: options.filters,
    };
  }

  /** Answers `trends`; records the request. */
  async getTrends(options: {
    groupBy: ReviewGroupBy | 'all';
    days: number;
    filters: ReviewFilters;
  }): Promise<ReadinessTrends> {
    this.trendRequests.push(options);
    return (
      this.trends ?? {
        groupBy: options.groupBy,
        from: '2026-01-01',
        points: [],
      }
    );
  }

  /** Campaigns: served as set, and created ones recorded with their input. */
  campaigns: CampaignSummary[] = [];
  /** Whether listCampaigns says the caller may manage campaigns. */
  canManageCampaigns = true;
  /** What getCampaign answers, by campaign id. */
  readonly campaignDetails = new Map<string, CampaignDetail>();
  /** What getCampaign was asked. */
  readonly campaignRequests: { id: string; options: object }[] = [];
  /** What getEntityCampaigns answers. */
  entityCampaigns: EntityCampaign[] = [];
  /** Campaigns createCampaign was given. */
  readonly createdCampaigns: CampaignInput[] = [];

  /** Answers `campaigns`. */
  async listCampaigns() {
    return { items: this.campaigns, canManage: this.canManageCampaigns };
  }

  /** Answers from `campaignDetails`; records the request. */
  async getCampaign(id: string, options: object = {}) {
    this.campaignRequests.push({ id, options });
    const detail = this.campaignDetails.get(id);
    if (!detail) {
      throw await responseError(
        404,
        'NotFoundError',
        `There is no campaign '${id}'`,
      );
    }
    return detail;
  }

  /** Records the campaign and returns it as stored. */
  async createCampaign(input: CampaignInput): Promise<Campaign> {
    this.createdCampaigns.push(input);
    return {
      ...input,
      id: `created-${this.createdCampaigns.length}`,
      source: 'api',
      version: 1,
    };
  }

  /** Returns the campaign as updated. */
  async updateCampaign(
    id: string,
    input: CampaignInput,
    expectedVersion: number,
  ): Promise<Campaign> {
    return { ...input, id, source: 'api', version: expectedVersion + 1 };
  }

  /** An empty history. */
  async getCampaignHistory(): Promise<CampaignHistoryEntry[]> {
    return [];
  }

  /** Exemptions the review lists, as set; decisions recorded as made. */
  exemptions?: ReviewExemptions;
  /** Each exemption decision, in order. */
  readonly decisions: {
    questionId: string;
    decision: string;
    note?: string;
  }[] = [];

  /** Answers `exemptions`. */
  async getExemptions() {
    return (
      this.exemptions ?? {
        pending: { items: [], totalCount: 0 },
        expiring: { items: [], totalCount: 0 },
        expiringWithinDays: 30,
      }
    );
  }

  /** Entities whose evidence could not be checked, as the review lists them. */
  evidenceProblemList?: ReviewEvidenceProblems;

  /** Answers `evidenceProblemList`. */
  async getEvidenceProblems(): Promise<ReviewEvidenceProblems> {
    return this.evidenceProblemList ?? { items: [], totalCount: 0 };
  }

  /** Approves or rejects a pending exemption after the version check; records the decision. */
  async decideExemption(
    entityRef: string,
    questionId: string,
    input: {
      decision: 'approve' | 'reject';
      expectedVersion: number;
      note?: string;
    },
  ) {
    this.checkRef(entityRef);
    const answer = this.answers.get(questionId);
    if (!answer || answer.approval !== 'pending') {
      throw await responseError(
        409,
        'ConflictError',
        `The answer to '${questionId}' is not an exemption waiting for approval`,
      );
    }
    this.decisions.push({
      questionId,
      decision: input.decision,
      ...(input.note ? { note: input.note } : {}),
    });
    const decided: ReadinessAnswer = {
      ...answer,
      version: answer.version + 1,
      approval: input.decision === 'approve' ? 'approved' : 'rejected',
      decidedBy: 'user:default/alice',
      decidedAt: this.now.toISOString(),
      decisionNote: input.note,
    };
    this.answers.set(questionId, decided);
    this.history.push({
      id: this.history.length + 1,
      entityRef,
      questionId,
      version: decided.version,
      status: decided.status,
      note: decided.note,
      links: decided.links,
      changedBy: 'user:default/alice',
      changedAt: this.now.toISOString(),
      approval: decided.approval,
      decisionNote: input.note,
      previous: {
        status: answer.status,
        note: answer.note,
        links: answer.links,
        version: answer.version,
        approval: answer.approval,
      },
    });
    return this.readiness(entityRef);
  }

  /** Answers `entityCampaigns`. */
  async getEntityCampaigns(entityRef: string) {
    this.checkRef(entityRef);
    return this.entityCampaigns;
  }

  /** Every change of an answer, oldest first. */
  readonly history: AnswerHistoryEntry[] = [];
  /** Automatic answers by question id, as an evidence provider would give them. */
  readonly evidence = new Map<string, AnswerEvidence>();

  /** Adds an automatic answer, as an evidence provider would. */
  addEvidence(
    questionId: string,
    status: AnswerEvidence['status'],
    note: string,
  ) {
    this.evidence.set(questionId, {
      providerId: 'catalog-metadata',
      providerTitle: 'Catalog metadata',
      status,
      note,
      links: [],
      evaluatedAt: this.now.toISOString(),
    });
  }

  /** How often the tab asked for the evidence to be checked. */
  evidenceRefreshes = 0;

  /** Counts the refresh and returns the readiness unchanged. */
  async refreshEvidence(entityRef: string) {
    this.evidenceRefreshes += 1;
    return { result: this.readiness(entityRef), changed: false };
  }

  /** Removes a person's answer after the version check. */
  async clearAnswer(
    entityRef: string,
    questionId: string,
    expectedVersion: number,
  ): Promise<EntityReadiness> {
    this.checkRef(entityRef);
    const current = this.answers.get(questionId);
    if (!current || current.version !== expectedVersion) {
      throw await responseError(409, 'ConflictError', 'changed meanwhile');
    }
    this.answers.delete(questionId);
    this.history.push({
      id: this.history.length + 1,
      entityRef,
      questionId,
      version: current.version + 1,
      status: 'cleared',
      links: [],
      changedBy: 'user:default/alice',
      changedAt: this.now.toISOString(),
      previous: {
        status: current.status,
        links: current.links,
        version: current.version,
      },
    });
    return this.readiness(entityRef);
  }

  /** People's answers with evidence attached, and automatic answers where people gave none. */
  private effectiveAnswers(): ReadinessAnswer[] {
    const people = [...this.answers.values()].map(a => ({
      ...a,
      source: 'person' as const,
      ...(this.evidence.has(a.questionId)
        ? { evidence: this.evidence.get(a.questionId) }
        : {}),
    }));
    const automatic = [...this.evidence.entries()]
      .filter(([questionId]) => !this.answers.has(questionId))
      .map(([questionId, e]) => ({
        entityRef: this.entityRef,
        questionId,
        status: e.status,
        note: e.note,
        links: e.links,
        version: 0,
        answeredBy: `evidence:${e.providerId}`,
        answeredAt: e.evaluatedAt,
        reviewedAt: e.evaluatedAt,
        stale: false,
        source: 'evidence' as const,
        evidence: e,
      }));
    return [...people, ...automatic];
  }

  /** The entity's score per day, as getEntityTrend serves it. */
  trendPoints: EntityTrendPoint[] = [];

  /** Answers `trendPoints`. */
  async getEntityTrend(entityRef: string) {
    this.checkRef(entityRef);
    return { from: this.trendPoints[0]?.day ?? '', points: this.trendPoints };
  }

  /** The history, newest first, of one question or all. */
  async getHistory(
    entityRef: string,
    options: { questionId?: string } = {},
  ): Promise<AnswerHistoryEntry[]> {
    this.checkRef(entityRef);
    return this.history
      .filter(h => !options.questionId || h.questionId === options.questionId)
      .reverse();
  }

  /** The checklist and the default levels. */
  async getChecklists() {
    return {
      items: this.checklist ? [this.checklist] : [],
      levels: DEFAULT_LEVELS,
      reviewIntervalDays: REVIEW_INTERVAL_DAYS,
    };
  }

  /** Answers `scorePage`, or the entity's own score; records the request. */
  async getScores(options: object = {}): Promise<ScorePage> {
    this.scoreRequests.push(options);
    if (this.scorePage) {
      return this.scorePage;
    }
    const result = this.score();
    return {
      items: [
        storedScore({
          entityRef: this.entityRef,
          score: result.score,
          level: result.level?.id ?? null,
          assessment: result.answered > 0 ? 'assessed' : 'not-started',
          answered: result.answered,
          questions: result.questions,
          stale: result.stale,
        }),
      ],
      totalCount: 1,
    };
  }

  private score() {
    return scoreReadiness(mockReadinessChecklist, this.effectiveAnswers(), {
      levels: DEFAULT_LEVELS,
      reviewIntervalDays: REVIEW_INTERVAL_DAYS,
      now: this.now,
    });
  }

  private checkRef(entityRef: string) {
    if (entityRef !== this.entityRef) {
      throw new Error(`Unexpected entity ${entityRef}`);
    }
  }
}
