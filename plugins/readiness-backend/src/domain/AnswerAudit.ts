import { AnswerSnapshot } from '@readiness/plugin-readiness-common';

/** One answer's change, as the audit log records it. */
export type AnswerAudit = {
  questionId: string;
  /** Null when there was no answer. */
  before: AnswerSnapshot | null;
  /** Null when the answer was cleared. */
  after: AnswerSnapshot | null;
  /** The review time an import gave the answer, when it is not the time of the write. */
  reviewedAt?: string;
};
