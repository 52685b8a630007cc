import { AnswerHistoryEntry } from '@readiness/plugin-readiness-common';
import { createContext, ReactNode, useContext } from 'react';
import { AnswerChange } from '../../api/ReadinessApi';

/** What a question row can do with the entity's answers; the tab provides it once. */
export type ChecklistActions = {
  readOnly: boolean;
  saveAnswer: (change: AnswerChange) => Promise<void>;
  reload: () => Promise<void>;
  clearAnswer: (questionId: string, expectedVersion: number) => Promise<void>;
  loadHistory: (questionId: string) => Promise<AnswerHistoryEntry[]>;
  /** Whether the viewer may approve or reject exemptions. */
  canApprove: boolean;
  decideExemption: (
    questionId: string,
    expectedVersion: number,
    decision: 'approve' | 'reject',
    /** Why, recorded with the decision. */
    note?: string,
  ) => Promise<void>;
};

const ChecklistActionsContext = createContext<ChecklistActions | undefined>(
  undefined,
);

export function ChecklistActionsProvider(props: {
  value: ChecklistActions;
  children: ReactNode;
}) {
  return (
    <ChecklistActionsContext.Provider value={props.value}>
      {props.children}
    </ChecklistActionsContext.Provider>
  );
}

export function useChecklistActions(): ChecklistActions {
  const actions = useContext(ChecklistActionsContext);
  if (!actions) {
    throw new Error(
      'useChecklistActions must be used inside a ChecklistActionsProvider',
    );
  }
  return actions;
}
