import {
  AnswerStatus,
  ReadinessAnswer,
} from '@readiness/plugin-readiness-common';
import { AnswerDraft, DraftField, draftOf } from './answerDraft';

/** Why the last save, clear or reload did not simply succeed. */
export type EditorProblem =
  /** Someone changed the answer first; theirs is being loaded. */
  | { kind: 'conflict' }
  /** Theirs is loaded beside the person's entry. */
  | { kind: 'reloaded' }
  /** The backend refused the note or a link; shown at that field. */
  | { kind: 'field'; field: DraftField; message: string }
  | { kind: 'error'; message: string };

/** The state of one question's answer editor. */
export type EditorState = {
  draft: AnswerDraft;
  /** The form is open: the draft no longer follows the stored answer. */
  editing: boolean;
  saving: boolean;
  problem?: EditorProblem;
};

export type EditorAction =
  /** The stored answer changed (a save, a reload, another tab). */
  | { type: 'stored'; answer: ReadinessAnswer | undefined }
  | { type: 'choose'; status: AnswerStatus }
  | { type: 'edit'; field: DraftField; value: string }
  | { type: 'open' }
  | { type: 'cancel'; answer: ReadinessAnswer | undefined }
  | { type: 'started' }
  | { type: 'saved' }
  | { type: 'cleared' }
  | { type: 'failed'; problem: EditorProblem; keepOpen: boolean }
  | { type: 'reloaded' };

export const initialEditorState = (
  answer: ReadinessAnswer | undefined,
): EditorState => ({ draft: draftOf(answer), editing: false, saving: false });

/**
 * How the editor moves: choosing N/A opens the form (it needs a reason); a failed save keeps the
 * form open with what the person entered; the draft follows the stored answer only while the
 * form is closed.
 */
export function answerEditorReducer(
  state: EditorState,
  action: EditorAction,
): EditorState {
  switch (action.type) {
    case 'stored':
      return state.editing
        ? state
        : { ...state, draft: draftOf(action.answer) };
    case 'choose':
      return {
        ...state,
        draft: { ...state.draft, status: action.status },
        editing: state.editing || action.status === 'na',
      };
    case 'edit':
      return {
        ...state,
        draft: { ...state.draft, [action.field]: action.value },
      };
    case 'open':
      return { ...state, editing: true };
    case 'cancel':
      return initialEditorState(action.answer);
    case 'started':
      return { ...state, saving: true, problem: undefined };
    case 'saved':
      return { ...state, saving: false, editing: false };
    case 'cleared':
      return { ...state, saving: false };
    case 'failed':
      return {
        ...state,
        saving: false,
        editing: state.editing || action.keepOpen,
        problem: action.problem,
      };
    case 'reloaded':
      return { ...state, problem: { kind: 'reloaded' } };
    default:
      return state;
  }
}
