import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  EntityTrendPoint,
  AnswerHistoryEntry,
  EntityReadiness,
  ReadinessReport,
  ReadinessTrends,
  ReviewFilters,
  ReviewGroupBy,
  ReviewPopulation,
  WriteAnswersResult,
} from '@readiness/plugin-readiness-common';
import {
  AnswerChange,
  ChecklistsResponse,
  ReadinessApi,
  ScorePage,
} from './ReadinessApi';

/** Review filters as query parameters (one per value, as the backend expects). */
function filterParams(filters: ReviewFilters) {
  const params = new URLSearchParams();
  const names: Record<keyof ReviewFilters, string> = {
    owners: 'owner',
    systems: 'system',
    domains: 'domain',
    kinds: 'kind',
    types: 'type',
    lifecycles: 'lifecycle',
  };
  for (const [key, name] of Object.entries(names) as [
    keyof ReviewFilters,
    string,
  ][]) {
    for (const value of filters[key] ?? []) {
      params.append(name, value);
    }
  }
  return params;
}

/**
 * The HTTP implementation of {@link ReadinessApi}.
 *
 * @public
 */
export class ReadinessClient implements ReadinessApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getEntityReadiness(entityRef: string): Promise<EntityReadiness> {
    return this.request(this.entityPath(entityRef));
  }

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

  getEntityTrend(
    entityRef: string,
    options: { days?: number } = {},
  ): Promise<{ from: string; points: EntityTrendPoint[] }> {
    const params = new URLSearchParams();
    if (options.days) params.set('days', String(options.days));
    return this.request(`${this.entityPath(entityRef)}/trend?${params}`);
  }

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

  getChecklists(): Promise<ChecklistsResponse> {
    return this.request('/checklists');
  }

  getScores(
    options: ReviewFilters & {
      entityRefs?: string[];
      limit?: number;
      cursor?: string;
    } = {},
  ): Promise<ScorePage> {
    return this.request('/scores/query', {
      method: 'POST',
      body: JSON.stringify(options),
    });
  }

  getReport(options: {
    groupBy: ReviewGroupBy;
    filters: ReviewFilters;
    population?: ReviewPopulation;
  }): Promise<ReadinessReport> {
    const params = filterParams(options.filters);
    params.set('groupBy', options.groupBy);
    if (options.population) {
      params.set('population', options.population);
    }
    return this.request(`/report?${params}`);
  }

  getTrends(options: {
    groupBy: ReviewGroupBy | 'all';
    days: number;
    filters: ReviewFilters;
  }): Promise<ReadinessTrends> {
    const params = filterParams(options.filters);
    params.set('groupBy', options.groupBy);
    params.set('days', String(options.days));
    return this.request(`/report/trends?${params}`);
  }

  private entityPath(entityRef: string) {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    return `/entities/${[kind, namespace, name]
      .map(encodeURIComponent)
      .join('/')}`;
  }

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('readiness');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      ...init,
      headers: init.body ? { 'Content-Type': 'application/json' } : undefined,
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
