import { createApiRef } from '@backstage/core-plugin-api';
import {
  AnswerStatus,
  Checklist,
  ReadinessAnswer,
  ReadinessLevel,
  ReadinessResult,
} from '@readiness/plugin-readiness-common';

/**
 * Everything the Readiness tab shows for one entity.
 *
 * @public
 */
export type EntityReadiness = {
  entityRef: string;
  checklist: Checklist | null;
  reason?: string;
  answers: ReadinessAnswer[];
  orphanedAnswers: ReadinessAnswer[];
  result: ReadinessResult | null;
  levels: ReadinessLevel[];
  reviewIntervalDays: number;
};

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
  ): Promise<{ answers: ReadinessAnswer[]; result: ReadinessResult }>;
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
