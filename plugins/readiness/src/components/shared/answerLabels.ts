import { AnswerStatus, GapReason } from '@readiness/plugin-readiness-common';

/** How each answer status is shown. */
export const STATUS_LABEL: Record<AnswerStatus, string> = {
  yes: 'Yes',
  partial: 'Partial',
  no: 'No',
  na: 'N/A',
};

/** Why an item is open, in words. */
export const GAP_LABEL: Record<GapReason, string> = {
  unanswered: 'Not answered',
  no: 'Answered No',
  partial: 'Partly done',
  stale: 'Needs review',
};
