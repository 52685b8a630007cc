import {
  AssessmentState,
  ChecklistTarget,
} from '@readiness/plugin-readiness-common';

/**
 * The part of a stored score the labels need.
 *
 * @public
 */
export type LabelScore = {
  entityRef: string;
  level: string | null;
  score: number | null;
  assessment: AssessmentState;
};

/**
 * Where the score cache reads from: the Readiness backend, or a fake in tests.
 *
 * @public
 */
export interface ScoreSource {
  /** Which entities a checklist applies to (kind and optional spec.type), in selection order. */
  getChecklistTargets(): Promise<ChecklistTarget[][]>;
  /** Every stored score, or only those computed at or after `scoredSince`. */
  getScores(options: { scoredSince?: string }): Promise<LabelScore[]>;
}
