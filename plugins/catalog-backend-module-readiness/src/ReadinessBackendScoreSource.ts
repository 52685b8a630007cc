import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { ChecklistTarget } from '@readiness/plugin-readiness-common';
import { LabelScore, ScoreSource } from './ScoreSource';

/** The largest page the scores endpoint serves. */
const PAGE_SIZE = 20000;

/** Reads checklists and scores from the Readiness backend over HTTP, as this plugin. */
export class ReadinessBackendScoreSource implements ScoreSource {
  constructor(
    private readonly options: {
      discovery: DiscoveryService;
      auth: AuthService;
    },
  ) {}

  async getChecklistTargets(): Promise<ChecklistTarget[][]> {
    const body = await this.get<{ items: { appliesTo: ChecklistTarget[] }[] }>(
      '/checklists',
    );
    return body.items.map(c => c.appliesTo);
  }

  async getScores(options: { scoredSince?: string }): Promise<LabelScore[]> {
    const scores: LabelScore[] = [];
    let cursor: string | undefined;
    do {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (options.scoredSince) {
        params.set('scoredSince', options.scoredSince);
      }
      if (cursor) {
        params.set('cursor', cursor);
      }
      const page = await this.get<{
        items: LabelScore[];
        nextCursor?: string;
      }>(`/scores?${params}`);
      for (const { entityRef, level, score, assessment } of page.items) {
        scores.push({ entityRef, level, score, assessment });
      }
      cursor = page.nextCursor;
    } while (cursor);
    return scores;
  }

  private async get<T>(path: string): Promise<T> {
    const { discovery, auth } = this.options;
    const baseUrl = await discovery.getBaseUrl('readiness');
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'readiness',
    });
    const response = await fetch(`${baseUrl}${path}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
