import { ChecklistTarget } from '@readiness/plugin-readiness-common';
import { ReadinessApi } from '@readiness/plugin-readiness-common/client';
import { LabelScore, ScoreSource } from './ScoreSource';

/** The largest page the scores endpoint serves. */
const PAGE_SIZE = 20000;

/** Reads checklists and scores from the Readiness backend, through its client. */
export class ReadinessBackendScoreSource implements ScoreSource {
  constructor(
    private readonly client: Pick<ReadinessApi, 'getChecklists' | 'getScores'>,
  ) {}

  async getChecklistTargets(): Promise<ChecklistTarget[][]> {
    const { items } = await this.client.getChecklists();
    return items.map(c => c.appliesTo);
  }

  async getScores(options: { scoredSince?: string }): Promise<LabelScore[]> {
    const scores: LabelScore[] = [];
    let cursor: string | undefined;
    do {
      // Only what the labels need: a fifth of the full scores' size.
      const page = await this.client.getScores({
        limit: PAGE_SIZE,
        scoredSince: options.scoredSince,
        cursor,
        fields: ['level', 'score', 'assessment'],
      });
      for (const { entityRef, level, score, assessment } of page.items) {
        scores.push({ entityRef, level, score, assessment });
      }
      cursor = page.nextCursor;
    } while (cursor);
    return scores;
  }
}
