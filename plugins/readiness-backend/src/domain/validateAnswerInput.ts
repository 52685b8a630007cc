import { InputError, NotAllowedError } from '@backstage/errors';
import {
  API_LIMITS,
  parseInstant,
  Checklist,
  ChecklistQuestion,
  exemptionNeedsApproval,
  linkProblem,
  notApplicableReasonProblem,
  textProblem,
} from '@readiness/plugin-readiness-common';
import { AnswerWrite } from '../database/ReadinessStore';

/** Limits on what one answer may carry, as openapi.yaml sets them. */
export const MAX_NOTE_LENGTH = API_LIMITS.answer.noteLength;
export const MAX_LINKS = API_LIMITS.answer.links;
export const MAX_BATCH_SIZE = API_LIMITS.answer.perWrite;

/** An answer as received from a client, before validation. */
export interface AnswerInput {
  questionId: string;
  status: AnswerWrite['status'];
  note?: string;
  links?: string[];
  expectedVersion: number;
  /** When the answer was last checked, for imports by service writers; defaults to now. */
  reviewedAt?: string;
  /** When an N/A (an exemption) stops counting. */
  expiresAt?: string;
}

/** Who writes and when, for the rules that depend on it. */
export interface AnswerInputContext {
  /** Service writers may import answers with an earlier `reviewedAt`; people may not. */
  mayBackdate: boolean;
  now: Date;
  /** Questions of the checklist not asked of this entity, and what the entity is, for the message. */
  notAsked?: { questionIds: ReadonlySet<string>; of: string };
}

/** How far back an imported review may go. */
export const MAX_BACKDATE_YEARS = 10;
/** How far ahead an exemption may expire. */
export const MAX_EXEMPTION_YEARS = 5;

/**
 * Checks answers against the checklist and the content rules, and normalises them for the
 * store. Throws an InputError describing the first problem; nothing is written in that case.
 */
export function validateAnswerInput(
  checklist: Checklist,
  inputs: AnswerInput[],
  context: AnswerInputContext,
): AnswerWrite[] {
  if (inputs.length === 0) {
    throw new InputError('At least one answer is required');
  }
  if (inputs.length > MAX_BATCH_SIZE) {
    throw new InputError(
      `At most ${MAX_BATCH_SIZE} answers can be written at once, got ${inputs.length}`,
    );
  }
  const questions = new Map<string, ChecklistQuestion>(
    checklist.sections.flatMap(s => s.questions.map(q => [q.id, q] as const)),
  );
  const seen = new Set<string>();
  return inputs.map((input, i) => {
    const where = inputs.length > 1 ? `answers[${i}]` : 'answer';
    if (context.notAsked?.questionIds.has(input.questionId)) {
      throw new InputError(
        `${where}: question '${input.questionId}' of checklist '${checklist.id}' is not asked of ${context.notAsked.of}`,
      );
    }
    const question = questions.get(input.questionId);
    if (!question) {
      throw new InputError(
        `${where}: unknown question '${input.questionId}' in checklist '${checklist.id}'`,
      );
    }
    if (seen.has(input.questionId)) {
      throw new InputError(
        `${where}: question '${input.questionId}' is answered twice in one request`,
      );
    }
    seen.add(input.questionId);
    if (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 0) {
      throw new InputError(
        `${where}.expectedVersion must be a whole number of 0 or more`,
      );
    }
    const note = input.note?.trim() ?? '';
    if (note.length > MAX_NOTE_LENGTH) {
      throw new InputError(
        `${where}.note is ${note.length} characters long; the limit is ${MAX_NOTE_LENGTH}`,
      );
    }
    const noteProblem = textProblem(note, { multiline: true });
    if (noteProblem) {
      throw new InputError(`${where}.note ${noteProblem}`);
    }
    if (notApplicableReasonProblem(input.status, note)) {
      throw new InputError(
        `${where}: an N/A answer to '${input.questionId}' needs a reason in 'note' (white space and invisible characters do not count)`,
      );
    }
    const links = (input.links ?? []).map(link => link.trim());
    if (links.length > MAX_LINKS) {
      throw new InputError(
        `${where}.links has ${links.length} entries; the limit is ${MAX_LINKS}`,
      );
    }
    links.forEach((link, l) => {
      const problem = linkProblem(link);
      if (problem) {
        throw new InputError(
          `${where}.links[${l}] ${JSON.stringify(link)} ${problem}`,
        );
      }
    });
    const reviewedAt =
      input.reviewedAt === undefined
        ? undefined
        : reviewedAtOf(input.reviewedAt, `${where}.reviewedAt`, context);
    const expiresAt =
      input.expiresAt === undefined
        ? undefined
        : expiresAtOf(input, `${where}.expiresAt`, context.now);
    return {
      questionId: input.questionId,
      status: input.status,
      ...(note ? { note } : {}),
      links,
      expectedVersion: input.expectedVersion,
      ...(reviewedAt ? { reviewedAt } : {}),
      ...(expiresAt ? { expiresAt } : {}),
      ...(input.status === 'na' && exemptionNeedsApproval(checklist, question)
        ? { needsApproval: true }
        : {}),
    };
  });
}

/** An exemption's expiry, checked and normalised to ISO 8601 in UTC. */
function expiresAtOf(input: AnswerInput, where: string, now: Date): string {
  const value = input.expiresAt!;
  if (input.status !== 'na') {
    throw new InputError(
      `${where}: only an N/A answer can expire; '${input.questionId}' is answered '${input.status}'`,
    );
  }
  const time = parseInstant(value);
  if (time === undefined) {
    throw new InputError(
      `${where} must be an ISO 8601 date and time that exists, like 2027-01-31T00:00:00Z; got ${JSON.stringify(
        value,
      )}`,
    );
  }
  if (time <= now.getTime()) {
    throw new InputError(`${where} ${value} is not in the future`);
  }
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_EXEMPTION_YEARS);
  if (time > latest.getTime()) {
    throw new InputError(
      `${where} ${value} is more than ${MAX_EXEMPTION_YEARS} years ahead`,
    );
  }
  return new Date(time).toISOString();
}

/** An imported review time, checked and normalised to ISO 8601 in UTC. */
function reviewedAtOf(
  value: string,
  where: string,
  context: AnswerInputContext,
): string {
  if (!context.mayBackdate) {
    throw new NotAllowedError(
      `${where} can only be set by a service importing earlier answers; leave it out to review the answer now`,
    );
  }
  const time = parseInstant(value);
  if (time === undefined) {
    throw new InputError(
      `${where} must be an ISO 8601 date and time that exists, like 2026-01-31T09:00:00Z; got ${JSON.stringify(
        value,
      )}`,
    );
  }
  if (time > context.now.getTime()) {
    throw new InputError(`${where} ${value} is in the future`);
  }
  const earliest = new Date(context.now);
  earliest.setUTCFullYear(earliest.getUTCFullYear() - MAX_BACKDATE_YEARS);
  if (time < earliest.getTime()) {
    throw new InputError(
      `${where} ${value} is more than ${MAX_BACKDATE_YEARS} years ago`,
    );
  }
  return new Date(time).toISOString();
}
