import {
  AnswerStatus,
  ExemptionApproval,
} from '@readiness/plugin-readiness-common';
import { HistoryEntry, StoredAnswer } from './ReadinessStore';

/** A row of readiness_answers. */
export type AnswerRow = {
  entity_ref: string;
  question_id: string;
  status: string;
  note: string | null;
  links: string;
  version: number;
  answered_by: string;
  answered_at: string;
  reviewed_at: string;
  expires_at: string | null;
  approval: string | null;
  requested_by: string | null;
  before_request_status: string | null;
  before_request_reviewed_at: string | null;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
};

/** A row of readiness_answer_history. */
export type HistoryRow = {
  id: number | string;
  entity_ref: string;
  question_id: string;
  version: number;
  status: string;
  note: string | null;
  links: string;
  previous: string | null;
  changed_by: string;
  changed_at: string;
  expires_at: string | null;
  approval: string | null;
  decision_note: string | null;
};

export const toAnswer = (row: AnswerRow): StoredAnswer => ({
  entityRef: row.entity_ref,
  questionId: row.question_id,
  status: row.status as AnswerStatus,
  ...(row.note !== null ? { note: row.note } : {}),
  links: JSON.parse(row.links),
  version: Number(row.version),
  answeredBy: row.answered_by,
  answeredAt: row.answered_at,
  reviewedAt: row.reviewed_at,
  ...(row.expires_at ? { expiresAt: row.expires_at } : {}),
  ...(row.approval ? { approval: row.approval as ExemptionApproval } : {}),
  ...(row.requested_by ? { requestedBy: row.requested_by } : {}),
  ...(row.before_request_status && row.before_request_reviewed_at
    ? {
        beforeRequest: {
          status: row.before_request_status as 'yes' | 'partial' | 'no',
          reviewedAt: row.before_request_reviewed_at,
        },
      }
    : {}),
  ...(row.decided_by ? { decidedBy: row.decided_by } : {}),
  ...(row.decided_at ? { decidedAt: row.decided_at } : {}),
  ...(row.decision_note ? { decisionNote: row.decision_note } : {}),
});

/** The stored columns of an answer, without its key (entity and question). */
export const answerRowOf = (
  answer: StoredAnswer,
): Omit<AnswerRow, 'entity_ref' | 'question_id'> => ({
  status: answer.status,
  note: answer.note ?? null,
  links: JSON.stringify(answer.links),
  version: answer.version,
  answered_by: answer.answeredBy,
  answered_at: answer.answeredAt,
  reviewed_at: answer.reviewedAt,
  expires_at: answer.expiresAt ?? null,
  approval: answer.approval ?? null,
  requested_by: answer.requestedBy ?? null,
  before_request_status: answer.beforeRequest?.status ?? null,
  before_request_reviewed_at: answer.beforeRequest?.reviewedAt ?? null,
  decided_by: answer.decidedBy ?? null,
  decided_at: answer.decidedAt ?? null,
  decision_note: answer.decisionNote ?? null,
});

export const toHistory = (row: HistoryRow): HistoryEntry => ({
  id: Number(row.id),
  entityRef: row.entity_ref,
  questionId: row.question_id,
  version: Number(row.version),
  status: row.status as HistoryEntry['status'],
  ...(row.note !== null ? { note: row.note } : {}),
  links: JSON.parse(row.links),
  changedBy: row.changed_by,
  changedAt: row.changed_at,
  ...(row.expires_at ? { expiresAt: row.expires_at } : {}),
  ...(row.approval ? { approval: row.approval as ExemptionApproval } : {}),
  ...(row.decision_note ? { decisionNote: row.decision_note } : {}),
  ...(row.previous ? { previous: JSON.parse(row.previous) } : {}),
});
