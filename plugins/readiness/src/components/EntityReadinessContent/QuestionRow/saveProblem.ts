import { ResponseError } from '@backstage/errors';
import { describeError } from '../../shared/describeError';
import { EditorProblem } from './answerEditorState';

// The backend names the field it refuses: `answer.note …`, `answer.links[2] "…" …`.
const FIELD_MESSAGE = /^answers?(?:\[\d+\])?\.(note|links)(?:\[\d+\])? ?(.*)$/s;

/**
 * What a failed save means for the form: a conflict, a refused note or link (shown at that
 * field, in words that say what to fix), or another error.
 */
export function saveProblemOf(error: unknown): EditorProblem {
  if (error instanceof ResponseError && error.statusCode === 409) {
    return { kind: 'conflict' };
  }
  if (error instanceof ResponseError && error.statusCode === 400) {
    const match = FIELD_MESSAGE.exec(error.cause?.message ?? '');
    if (match) {
      const [, field, rest] = match;
      return {
        kind: 'field',
        field: field as 'note' | 'links',
        message:
          field === 'note'
            ? `The note ${rest}. Change it and save again.`
            : `The link ${rest}. Correct it and save again.`,
      };
    }
  }
  return { kind: 'error', message: describeError(error as Error) };
}
