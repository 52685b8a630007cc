import { AnswerSnapshot, AnswerStatus, ExemptionApproval } from '../types';

/**
 * The snapshot of an answer that history entries and audit events keep: an empty note is left
 * out, so a snapshot reads the same wherever it was taken.
 *
 * @public
 */
export function answerSnapshot(answer: {
  status: AnswerStatus;
  note?: string;
  links: string[];
  version: number;
  expiresAt?: string;
  approval?: ExemptionApproval;
}): AnswerSnapshot {
  return {
    status: answer.status,
    ...(answer.note ? { note: answer.note } : {}),
    links: answer.links,
    version: answer.version,
    ...(answer.expiresAt ? { expiresAt: answer.expiresAt } : {}),
    ...(answer.approval ? { approval: answer.approval } : {}),
  };
}
