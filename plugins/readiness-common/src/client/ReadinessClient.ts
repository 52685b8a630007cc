import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
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
  EntityReadinessByReference,
  ReadinessAccess,
  Checklist,
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
import { reviewFilterParams } from '../review/reviewFilterParams';
import { readinessFromReference } from '../wire/readinessByReference';
import { ChecklistsByVersion, HeldVersions } from './heldVersions';
import type { ReadinessApi } from './types';

/**
 * Finds the readiness backend: the frontend's `discoveryApiRef` or the backend's
 * `coreServices.discovery` both fit.
 *
 * @public
 */
export type ReadinessDiscovery = {
  getBaseUrl(pluginId: string): Promise<string>;
};

/**
 * Sends the requests: the frontend's `fetchApiRef` (which signs them in as the user), or, in a
 * backend, a fetch that adds a plugin token.
 *
 * @public
 */
export type ReadinessFetch = {
  fetch(input: string, init?: RequestInit): Promise<Response>;
};

/** A read's body: the compact form, or the full one (also when no checklist applies). */
type EntityReadinessResponse =
  | EntityReadinessByReference
  | (Omit<EntityReadiness, 'access'> & { access?: ReadinessAccess });

/**
 * The one HTTP client of the readiness API, for the frontend and for backends alike.
 *
 * @public
 */
export class ReadinessClient implements ReadinessApi {
  private readonly discoveryApi: ReadinessDiscovery;
  private readonly fetchApi: ReadinessFetch;
  /** The last response per entity with its version, sent back as If-None-Match. */
  private readonly entityVersions = new HeldVersions<EntityReadiness>();
  /** Checklists by id and version; a version never changes. */
  private readonly checklists = new ChecklistsByVersion(path =>
    this.request<Checklist>(path),
  );

  constructor(options: {
    discoveryApi: ReadinessDiscovery;
    fetchApi?: ReadinessFetch;
  }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? {
      fetch: (input, init) => fetch(input, init),
    };
  }

  /** {@inheritDoc ReadinessApi.getEntityReadiness} */
  async getEntityReadiness(
    entityRef: string,
    options: { reuseAccess?: boolean } = {},
  ): Promise<EntityReadiness> {
    // The compact form: the checklist travels once per version, not with every entity.
    const withAccess = `${this.entityPath(entityRef)}?checklist=reference`;
    const heldAccess = this.entityVersions.get(withAccess)?.value.access;
    const reuse = options.reuseAccess && heldAccess;
    const path = reuse ? `${withAccess}&access=omit` : withAccess;
    const held = this.entityVersions.get(path);
    const response = await this.send(
      path,
      {},
      held ? { 'If-None-Match': held.version } : undefined,
    );
    if (response.status === 304 && held) {
      return reuse ? { ...held.value, access: heldAccess } : held.value;
    }
    const readiness = await this.fromResponse(
      (await response.json()) as EntityReadinessResponse,
      heldAccess,
    );
    this.entityVersions.hold(path, response.headers.get('ETag'), readiness);
    return readiness;
  }

  /** The readiness a response stands for, with its checklist from the held checklist. */
  private async fromResponse(
    body: EntityReadinessResponse,
    heldAccess: ReadinessAccess | undefined,
  ): Promise<EntityReadiness> {
    if ('checklist' in body) {
      // No checklist applies (null), or a server that copies it.
      const access = body.access ?? heldAccess;
      if (!access) {
        throw new Error(
          `The readiness of ${body.entityRef} came without access`,
        );
      }
      return { ...body, access };
    }
    const checklist = await this.checklists.get(body.checklistRef);
    return readinessFromReference(body, checklist, heldAccess);
  }

  /** {@inheritDoc ReadinessApi.writeAnswers} */
  writeAnswers(
    entityRef: string,
    checklistId: string,
    answers: AnswerChange[],
  ): Promise<WriteAnswersResult> {
    return this.request(`${this.entityPath(entityRef)}/answers`, {
      method: 'POST',
      body: JSON.stringify({ checklistId, answers }),
    });
  }

  /** {@inheritDoc ReadinessApi.clearAnswer} */
  clearAnswer(
    entityRef: string,
    questionId: string,
    expectedVersion: number,
  ): Promise<EntityReadiness> {
    return this.request(
      `${this.entityPath(entityRef)}/answers/${encodeURIComponent(
        questionId,
      )}?expectedVersion=${expectedVersion}`,
      { method: 'DELETE' },
    );
  }

  /** {@inheritDoc ReadinessApi.refreshEvidence} */
  refreshEvidence(
    entityRef: string,
  ): Promise<{ result: EntityReadiness; changed: boolean }> {
    return this.request(`${this.entityPath(entityRef)}/evidence/refresh`, {
      method: 'POST',
    });
  }

  /** {@inheritDoc ReadinessApi.getEntityTrend} */
  getEntityTrend(
    entityRef: string,
    options: { days?: number } = {},
  ): Promise<{ from: string; points: EntityTrendPoint[] }> {
    const params = new URLSearchParams();
    if (options.days) params.set('days', String(options.days));
    return this.request(`${this.entityPath(entityRef)}/trend?${params}`);
  }

  /** {@inheritDoc ReadinessApi.getHistory} */
  async getHistory(
    entityRef: string,
    options: { questionId?: string; limit?: number } = {},
  ): Promise<AnswerHistoryEntry[]> {
    const params = new URLSearchParams();
    if (options.questionId) params.set('questionId', options.questionId);
    if (options.limit) params.set('limit', String(options.limit));
    const { items } = await this.request<{ items: AnswerHistoryEntry[] }>(
      `${this.entityPath(entityRef)}/history?${params}`,
    );
    return items;
  }

  /** {@inheritDoc ReadinessApi.getChecklists} */
  getChecklists(): Promise<ChecklistsResponse> {
    return this.request('/checklists');
  }

  /** {@inheritDoc ReadinessApi.getScores} */
  getScores<F extends keyof EntityScore = keyof EntityScore>(
    options: ReviewFilters & {
      entityRefs?: string[];
      levels?: string[];
      scoredSince?: string;
      limit?: number;
      cursor?: string;
      fields?: F[];
    } = {},
  ): Promise<ScorePage<Pick<EntityScore, F | 'entityRef'>>> {
    return this.request('/scores/query', {
      method: 'POST',
      body: JSON.stringify(options),
    });
  }

  /** {@inheritDoc ReadinessApi.getReport} */
  getReport(options: {
    groupBy: ReviewGroupBy;
    filters: ReviewFilters;
    population?: ReviewPopulation;
  }): Promise<ReadinessReport> {
    const params = reviewFilterParams(options.filters);
    params.set('groupBy', options.groupBy);
    if (options.population) {
      params.set('population', options.population);
    }
    return this.request(`/report?${params}`);
  }

  /** {@inheritDoc ReadinessApi.getTrends} */
  getTrends(options: {
    groupBy: ReviewGroupBy | 'all';
    days: number;
    filters: ReviewFilters;
  }): Promise<ReadinessTrends> {
    const params = reviewFilterParams(options.filters);
    params.set('groupBy', options.groupBy);
    params.set('days', String(options.days));
    return this.request(`/report/trends?${params}`);
  }

  /** {@inheritDoc ReadinessApi.listCampaigns} */
  listCampaigns(): Promise<{ items: CampaignSummary[]; canManage: boolean }> {
    return this.request('/campaigns');
  }

  /** {@inheritDoc ReadinessApi.getCampaign} */
  getCampaign(
    id: string,
    options: {
      owner?: string;
      state?: CampaignEntityState;
      limit?: number;
      offset?: number;
    } = {},
  ): Promise<CampaignDetail> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(options)) {
      if (value !== undefined) params.set(key, String(value));
    }
    return this.request(`/campaigns/${encodeURIComponent(id)}?${params}`);
  }

  /** {@inheritDoc ReadinessApi.createCampaign} */
  createCampaign(input: CampaignInput): Promise<Campaign> {
    return this.request('/campaigns', {
      method: 'POST',
      body: JSON.stringify(input),
    });
  }

  /** {@inheritDoc ReadinessApi.updateCampaign} */
  updateCampaign(
    id: string,
    input: CampaignInput,
    expectedVersion: number,
  ): Promise<Campaign> {
    return this.request(
      `/campaigns/${encodeURIComponent(id)}?expectedVersion=${expectedVersion}`,
      { method: 'PUT', body: JSON.stringify(input) },
    );
  }

  /** {@inheritDoc ReadinessApi.getCampaignHistory} */
  async getCampaignHistory(id: string): Promise<CampaignHistoryEntry[]> {
    const { items } = await this.request<{ items: CampaignHistoryEntry[] }>(
      `/campaigns/${encodeURIComponent(id)}/history`,
    );
    return items;
  }

  /** {@inheritDoc ReadinessApi.getEntityCampaigns} */
  async getEntityCampaigns(entityRef: string): Promise<EntityCampaign[]> {
    const { items } = await this.request<{ items: EntityCampaign[] }>(
      `${this.entityPath(entityRef)}/campaigns`,
    );
    return items;
  }

  /** {@inheritDoc ReadinessApi.decideExemption} */
  decideExemption(
    entityRef: string,
    questionId: string,
    decision: {
      decision: 'approve' | 'reject';
      expectedVersion: number;
      note?: string;
    },
  ): Promise<EntityReadiness> {
    return this.request(
      `${this.entityPath(entityRef)}/answers/${encodeURIComponent(
        questionId,
      )}/decision`,
      { method: 'POST', body: JSON.stringify(decision) },
    );
  }

  /** {@inheritDoc ReadinessApi.getEvidenceProblems} */
  getEvidenceProblems(
    filters: ReviewFilters = {},
  ): Promise<ReviewEvidenceProblems> {
    return this.request(
      `/report/evidence-problems?${reviewFilterParams(filters)}`,
    );
  }

  /** {@inheritDoc ReadinessApi.getExemptions} */
  getExemptions(filters: ReviewFilters = {}): Promise<ReviewExemptions> {
    return this.request(`/report/exemptions?${reviewFilterParams(filters)}`);
  }

  private entityPath(entityRef: string) {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    return `/entities/${[kind, namespace, name]
      .map(encodeURIComponent)
      .join('/')}`;
  }

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    return (await (await this.send(path, init)).json()) as T;
  }

  /** Sends a request; the response when it is a success or a 304, else a ResponseError. */
  private async send(
    path: string,
    init: RequestInit,
    headers?: Record<string, string>,
  ): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('readiness');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      ...init,
      headers: init.body
        ? { 'Content-Type': 'application/json', ...headers }
        : headers,
    });
    if (!response.ok && response.status !== 304) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}
