import {
  ANSWER_STATUS_TITLES,
  GapReason,
} from '@readiness/plugin-readiness-common';

/** How each answer status is shown (defined once, in readiness-common). */
export const STATUS_LABEL = ANSWER_STATUS_TITLES;

/** Why an item is open, in words. */
export const GAP_LABEL: Record<GapReason, string> = {
  unanswered: 'Not answered',
  no: 'Answered No',
  partial: 'Partly done',
  stale: 'Needs review',
};
