import { createApiRef } from '@backstage/core-plugin-api';
import {
  AnswerStatus,
  EntityReadiness,
  WriteAnswersResult,
} from '@readiness/plugin-readiness-common';

/**
 * One answer to write; `expectedVersion` is the version that was read (0 for none).
 *
 * @public
 */
export type AnswerChange = {
  questionId: string;
  status: AnswerStatus;
  note?: string;
  links?: string[];
  expectedVersion: number;
};

/**
 * The stored score of one entity.
 *
 * @public
 */
export type EntityScore = {
  entityRef: string;
  score: number | null;
  level: string | null;
  answered: number;
  questions: number;
  stale: number;
};

/**
 * Client for the Readiness backend.
 *
 * @public
 */
export interface ReadinessApi {
  getEntityReadiness(entityRef: string): Promise<EntityReadiness>;
  writeAnswers(
    entityRef: string,
    checklistId: string,
    answers: AnswerChange[],
  ): Promise<WriteAnswersResult>;
  getScores(options?: {
    entityRefs?: string[];
  }): Promise<{ items: EntityScore[]; totalCount: number }>;
}

/**
 * Reference to the {@link ReadinessApi}.
 *
 * @public
 */
export const readinessApiRef = createApiRef<ReadinessApi>({
  id: 'plugin.readiness.api',
});
