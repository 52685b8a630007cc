import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  EntityReadiness,
  WriteAnswersResult,
} from '@readiness/plugin-readiness-common';
import {
  AnswerChange,
  ChecklistsResponse,
  ReadinessApi,
  ScorePage,
} from './ReadinessApi';

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

  getChecklists(): Promise<ChecklistsResponse> {
    return this.request('/checklists');
  }

  getScores(
    options: { entityRefs?: string[]; limit?: number; cursor?: string } = {},
  ): Promise<ScorePage> {
    return this.request('/scores/query', {
      method: 'POST',
      body: JSON.stringify(options),
    });
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
