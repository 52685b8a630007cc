import {
  ASSESSMENT_STATE_TITLES,
  AssessmentState,
} from '@readiness/plugin-readiness-common';

/** How an entity's assessment state reads on the tab and card (one wording, from readiness-common). */
export function assessmentTitle(state: AssessmentState | undefined): string {
  return ASSESSMENT_STATE_TITLES[state ?? 'not-started'];
}
