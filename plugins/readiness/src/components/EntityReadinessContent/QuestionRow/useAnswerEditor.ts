import { ResponseError } from '@backstage/errors';
import {
  AnswerStatus,
  ChecklistQuestion,
  ReadinessAnswer,
} from '@readiness/plugin-readiness-common';
import { useEffect, useReducer } from 'react';
import { useChecklistActions } from '../ChecklistActionsContext';
import { AnswerDraft, draftProblem, parseLinks } from './answerDraft';
import {
  answerEditorReducer,
  EditorProblem,
  initialEditorState,
} from './answerEditorState';

const problemOf = (e: unknown): EditorProblem =>
  e instanceof ResponseError && e.statusCode === 409
    ? { kind: 'conflict' }
    : { kind: 'error', error: e as Error };

/**
 * One question's answer editor: the draft and what the person can do with it. Choosing Yes,
 * Partial or No saves at once (unless the form is open); N/A, notes and links go through the
 * form.
 */
export function useAnswerEditor(
  question: ChecklistQuestion,
  answer: ReadinessAnswer | undefined,
) {
  const actions = useChecklistActions();
  const [state, dispatch] = useReducer(
    answerEditorReducer,
    answer,
    initialEditorState,
  );

  // Follow the stored answer while the person has nothing unsaved.
  useEffect(
    () => dispatch({ type: 'stored', answer }),
    [answer, state.editing],
  );

  const submit = async (toSave: AnswerDraft) => {
    if (!toSave.status) {
      return;
    }
    dispatch({ type: 'started' });
    try {
      await actions.saveAnswer({
        questionId: question.id,
        status: toSave.status,
        note: toSave.note.trim() || undefined,
        links: parseLinks(toSave.links),
        expectedVersion: answer?.version ?? 0,
      });
      dispatch({ type: 'saved' });
    } catch (e) {
      dispatch({ type: 'failed', problem: problemOf(e), keepOpen: true });
    }
  };

  return {
    state,
    invalid: draftProblem(state.draft),
    readOnly: actions.readOnly,
    loadHistory: () => actions.loadHistory(question.id),
    submit,
    choose: (status: AnswerStatus | null) => {
      if (!status) {
        return;
      }
      dispatch({ type: 'choose', status });
      if (status !== 'na' && !state.editing) {
        submit({ ...state.draft, status });
      }
    },
    edit: (field: 'note' | 'links', value: string) =>
      dispatch({ type: 'edit', field, value }),
    open: () => dispatch({ type: 'open' }),
    cancel: () => dispatch({ type: 'cancel', answer }),
    clearOverride: async () => {
      if (!answer) {
        return;
      }
      dispatch({ type: 'started' });
      try {
        await actions.clearAnswer(question.id, answer.version);
        dispatch({ type: 'cleared' });
      } catch (e) {
        dispatch({ type: 'failed', problem: problemOf(e), keepOpen: false });
      }
    },
    reloadTheirs: async () => {
      try {
        await actions.reload();
        dispatch({ type: 'reloaded' });
      } catch (e) {
        dispatch({ type: 'failed', problem: problemOf(e), keepOpen: false });
      }
    },
  };
}

export type AnswerEditor = ReturnType<typeof useAnswerEditor>;
