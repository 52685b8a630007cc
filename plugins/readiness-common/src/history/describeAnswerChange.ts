import { ANSWER_STATUS_TITLES, AnswerHistoryEntry } from '../types';

const sameLinks = (a: string[], b: string[]) =>
  a.length === b.length && a.every((link, i) => link === b[i]);

/** What changed besides the status, in words: "added a note", "changed the evidence links". */
function detailChanges(entry: AnswerHistoryEntry): string[] {
  const previous = entry.previous!;
  const changes: string[] = [];
  if (!previous.note && entry.note) {
    changes.push('added a note');
  } else if (previous.note && !entry.note) {
    changes.push('removed the note');
  } else if (previous.note !== entry.note) {
    changes.push('changed the note');
  }
  if (!sameLinks(previous.links, entry.links)) {
    if (previous.links.length === 0) {
      changes.push('added evidence links');
    } else if (entry.links.length === 0) {
      changes.push('removed the evidence links');
    } else {
      changes.push('changed the evidence links');
    }
  }
  return changes;
}

const capitalised = (text: string) => text[0].toUpperCase() + text.slice(1);

/**
 * Whether a change approved or rejected a pending exemption, and which.
 *
 * @public
 */
export function exemptionDecisionOf(
  entry: AnswerHistoryEntry,
): 'approved' | 'rejected' | undefined {
  const { approval, previous } = entry;
  return previous?.approval === 'pending' &&
    (approval === 'approved' || approval === 'rejected')
    ? approval
    : undefined;
}

/**
 * One line of an answer's history, saying what the change did: a first answer, a changed
 * status, a note or links changed under the same status, a confirmation that the answer still
 * holds, a decision on an exemption, or a cleared answer. The surface adds who made the
 * change ("Exemption approved by Alice").
 *
 * @public
 */
export function describeAnswerChange(entry: AnswerHistoryEntry): string {
  const previous = entry.previous;
  const decision = exemptionDecisionOf(entry);
  if (decision) {
    return `Exemption ${decision}`;
  }
  if (entry.status === 'cleared') {
    return `Cleared${
      previous ? ` ${ANSWER_STATUS_TITLES[previous.status]}` : ''
    }; the automatic answer applies`;
  }
  const after = ANSWER_STATUS_TITLES[entry.status];
  if (!previous) {
    return `Answered ${after}`;
  }
  if (previous.status !== entry.status) {
    return `Changed ${ANSWER_STATUS_TITLES[previous.status]} → ${after}`;
  }
  const changes = detailChanges(entry);
  return changes.length === 0
    ? `Confirmed ${after} still holds`
    : `${capitalised(changes.join(' and '))}; the answer stays ${after}`;
}
