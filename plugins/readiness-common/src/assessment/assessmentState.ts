import { API_VALUES } from '../generated/apiConstants';

/**
 * Whether an entity has been assessed, in the one meaning every surface (tab, card, catalog
 * labels and filter, column, review page, CSV and API) uses:
 *
 * - `not-started`: no answer at all, neither a person's nor an automatic one;
 * - `automatic`: automatic answers only (evidence providers), no person has answered;
 * - `assessed`: at least one answer by a person.
 *
 * The score is computed in every state.
 *
 * @public
 */
export type AssessmentState = 'not-started' | 'automatic' | 'assessed';

/**
 * The assessment states, from least to most assessed.
 *
 * @public
 */
export const ASSESSMENT_STATES: readonly AssessmentState[] =
  API_VALUES.AssessmentState;

/**
 * How each state reads to people.
 *
 * @public
 */
export const ASSESSMENT_STATE_TITLES: Record<AssessmentState, string> = {
  'not-started': 'Not assessed (no answers)',
  automatic: 'Not assessed (automatic only)',
  assessed: 'Assessed',
};

/**
 * What every surface says of an entity no person has answered, in place of a score: its score
 * then comes from automatic answers alone, so it is shown second ({@link automaticScoreNote}).
 *
 * @public
 */
export const NOT_ASSESSED = 'Not assessed';

/**
 * Whether the entity's score is the team's own: a person has answered at least one question.
 *
 * @public
 */
export function isAssessed(state: AssessmentState | undefined): boolean {
  return state === 'assessed';
}

/**
 * The secondary note beside "Not assessed": the score automatic answers alone give, if any.
 *
 * @public
 */
export function automaticScoreNote(score: number | null): string | undefined {
  return score === null ? undefined : `${score}% from automatic answers`;
}

/**
 * The state of an entity from how many of its checklist's questions people answered and how
 * many only an evidence provider answered.
 *
 * @public
 */
export function assessmentStateOf(counts: {
  answeredByPeople: number;
  answeredAutomatically: number;
}): AssessmentState {
  if (counts.answeredByPeople > 0) {
    return 'assessed';
  }
  return counts.answeredAutomatically > 0 ? 'automatic' : 'not-started';
}

/**
 * The assessment state of the answers an entity shows (as the API returns them): those with
 * source `evidence` are automatic, all others are people's.
 *
 * @public
 */
export function assessmentOfAnswers(
  answers: { source?: 'person' | 'evidence' }[],
): AssessmentState {
  const automatic = answers.filter(a => a.source === 'evidence').length;
  return assessmentStateOf({
    answeredByPeople: answers.length - automatic,
    answeredAutomatically: automatic,
  });
}
