import {
  AnswerStatus,
  ChecklistQuestion,
  ReadinessAnswer,
} from '@readiness/plugin-readiness-common';
import { useEffect, useReducer } from 'react';
import { useChecklistActions } from '../ChecklistActionsContext';
import {
  AnswerDraft,
  DraftField,
  draftProblems,
  expiresAtOf,
  parseLinks,
} from './answerDraft';
import { answerEditorReducer, initialEditorState } from './answerEditorState';
import { saveProblemOf } from './saveProblem';

/**
 * One question's answer editor: the draft and what the person can do with it. Choosing Yes,
 * Partial or No saves at once (unless the form is open); N/A, notes and links go through the
 * form. A conflict loads the other answer at once, so the person sees theirs beside their own.
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

  const loadTheirs = async () => {
    try {
      await actions.reload();
      dispatch({ type: 'reloaded' });
    } catch (e) {
      dispatch({ type: 'failed', problem: saveProblemOf(e), keepOpen: true });
    }
  };

  const submit = async (toSave: AnswerDraft) => {
    if (!toSave.status || state.saving) {
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
        expiresAt: expiresAtOf(toSave),
      });
      dispatch({ type: 'saved' });
    } catch (e) {
      const problem = saveProblemOf(e);
      dispatch({ type: 'failed', problem, keepOpen: true });
      if (problem.kind === 'conflict') {
        await loadTheirs();
      }
    }
  };

  const problem = state.problem;
  const draft = draftProblems(state.draft);
  return {
    state,
    /** What to fix before saving, per field; a refusal of the backend shows at its field too. */
    problems: {
      ...draft,
      ...(problem?.kind === 'field' && !draft[problem.field]
        ? { [problem.field]: problem.message }
        : {}),
    },
    invalid: Object.keys(draft).length > 0,
    readOnly: actions.readOnly,
    loadHistory: () => actions.loadHistory(question.id),
    submit,
    choose: (status: AnswerStatus | null) => {
      if (!status || state.saving) {
        return;
      }
      dispatch({ type: 'choose', status });
      if (status !== 'na' && !state.editing) {
        submit({ ...state.draft, status });
      }
    },
    edit: (field: DraftField, value: string) =>
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
        dispatch({
          type: 'failed',
          problem: saveProblemOf(e),
          keepOpen: false,
        });
      }
    },
    reloadTheirs: loadTheirs,
  };
}

export type AnswerEditor = ReturnType<typeof useAnswerEditor>;
