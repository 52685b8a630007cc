import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  Checklist,
  EntityReadiness,
  WriteAnswersResult,
} from '@readiness/plugin-readiness-common';
import {
  HistoryEntry,
  ScorePage,
  ScoreQuery,
} from '../database/ReadinessStore';
import { AnswerAudit } from '../domain/AnswerAudit';
import {
  EntityReadinessReader,
  EntityReadinessResponse,
} from '../domain/EntityReadinessReader';
import { AnswerInput } from '../domain/validateAnswerInput';

/**
 * Every operation of the readiness API, as callers may perform it. The router reaches the domain
 * only through this interface, and {@link AuthorizedReadinessService} is its one implementation,
 * so no route can skip a check.
 */
export interface ReadinessOperations {
  listChecklists(
    credentials: BackstageCredentials,
  ): Promise<ReturnType<EntityReadinessReader['listChecklists']>>;
  getEntityReadiness(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
  ): Promise<EntityReadiness>;
  /**
   * As getEntityReadiness, but only the version when the caller holds it (`ifNoneMatch`), and
   * with the checklist by reference when asked.
   */
  getEntityReadinessIfChanged(
    ref: CompoundEntityRef,
    options: {
      ifNoneMatch?: string;
      checklist: 'full' | 'reference';
      /** `omit` leaves the caller's access out, and asks no permission for it. */
      access: 'include' | 'omit';
    },
    credentials: BackstageCredentials,
  ): Promise<{
    version: string;
    readiness?: EntityReadinessResponse;
  }>;
  /** One configured checklist and its version; a NotFoundError for an unknown id. */
  getChecklist(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<{ checklist: Checklist; version: string }>;
  writeAnswers(
    ref: CompoundEntityRef,
    input: { checklistId: string; answers: AnswerInput[] },
    credentials: BackstageCredentials,
  ): Promise<{ result: WriteAnswersResult; changes: AnswerAudit[] }>;
  clearAnswer(
    ref: CompoundEntityRef,
    input: { questionId: string; expectedVersion: number },
    credentials: BackstageCredentials,
  ): Promise<{ result: EntityReadiness; changes: AnswerAudit[] }>;
  refreshEvidence(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
  ): Promise<{ result: EntityReadiness; changed: boolean }>;
  decideExemption(
    ref: CompoundEntityRef,
    input: {
      questionId: string;
      expectedVersion: number;
      decision: 'approved' | 'rejected';
      note?: string;
    },
    credentials: BackstageCredentials,
  ): Promise<{ result: EntityReadiness; changes: AnswerAudit[] }>;
  getHistory(
    ref: CompoundEntityRef,
    options: { questionId?: string; limit: number; beforeId?: number },
    credentials: BackstageCredentials,
  ): Promise<HistoryEntry[]>;
  queryScores(
    query: ScoreQuery,
    credentials: BackstageCredentials,
  ): Promise<ScorePage>;
}
