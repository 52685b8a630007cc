import {
  AnswerStatus,
  linkProblem,
  notApplicableReasonProblem,
  ReadinessAnswer,
  textProblem,
} from '@readiness/plugin-readiness-common';

/**
 * What the user is composing for one question. Links are edited as one URL per line;
 * `expiresOn` is the day (YYYY-MM-DD, UTC) an N/A expires, or empty.
 */
export type AnswerDraft = {
  status: AnswerStatus | null;
  note: string;
  links: string;
  expiresOn: string;
};

/** The fields of the form a person types into. */
export type DraftField = 'note' | 'links' | 'expiresOn';

/** When an N/A drafted to expire on `expiresOn` stops counting: the start of that day, UTC. */
export const expiresAtOf = (draft: AnswerDraft): string | undefined =>
  draft.status === 'na' && draft.expiresOn
    ? `${draft.expiresOn}T00:00:00.000Z`
    : undefined;

/**
 * The form's starting point for an answer. An automatic answer starts the form with its status
 * only: its note and links describe the evidence, not the person's answer.
 */
export function draftOf(answer: ReadinessAnswer | undefined): AnswerDraft {
  if (answer?.source === 'evidence') {
    return { status: answer.status, note: '', links: '', expiresOn: '' };
  }
  return {
    status: answer?.status ?? null,
    note: answer?.note ?? '',
    links: (answer?.links ?? []).join('\n'),
    expiresOn: answer?.expiresAt?.slice(0, 10) ?? '',
  };
}

export function parseLinks(text: string): string[] {
  return text
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean);
}

/** The first link the backend would refuse, and why, so the form can say which one is wrong. */
export function findInvalidLink(
  text: string,
): { link: string; problem: string } | undefined {
  for (const link of parseLinks(text)) {
    const problem = linkProblem(link);
    if (problem) {
      return { link, problem };
    }
  }
  return undefined;
}

/** Why the draft cannot be saved yet, at the field to fix; empty when it can be saved. */
export type DraftProblems = {
  status?: string;
  note?: string;
  links?: string;
  expiresOn?: string;
};

/** What keeps the draft from being saved, per field, in the words the backend would use. */
export function draftProblems(
  draft: AnswerDraft,
  now: Date = new Date(),
): DraftProblems {
  const problems: DraftProblems = {};
  if (!draft.status) {
    problems.status = 'Choose an answer first.';
  }
  const reason = notApplicableReasonProblem(draft.status, draft.note);
  const note = textProblem(draft.note, { multiline: true });
  if (reason) {
    problems.note = reason;
  } else if (note) {
    problems.note = `The note ${note}.`;
  }
  const invalid = findInvalidLink(draft.links);
  if (invalid) {
    problems.links = `The link '${invalid.link}' ${invalid.problem}.`;
  }
  const expiresAt = expiresAtOf(draft);
  if (expiresAt !== undefined && !(Date.parse(expiresAt) > now.getTime())) {
    problems.expiresOn = 'Choose a day after today, or none.';
  }
  return problems;
}

/** What confirming an automatic answer writes: its status, and its evidence as the note. */
export function confirmationOf(answer: ReadinessAnswer): AnswerDraft {
  return {
    status: answer.status,
    note: answer.note ?? '',
    links: answer.links
      .filter(link => findInvalidLink(link) === undefined)
      .join('\n'),
    expiresOn: '',
  };
}
