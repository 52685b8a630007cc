import {
  ASSESSMENT_STATE_TITLES,
  assessmentOfAnswers,
  assessmentStateOf,
  automaticScoreNote,
  isAssessed,
  NOT_ASSESSED,
} from './assessmentState';

describe('assessmentStateOf', () => {
  it.each([
    [0, 0, 'not-started'],
    [0, 3, 'automatic'],
    [1, 0, 'assessed'],
    [2, 5, 'assessed'],
  ])('%i by people, %i automatic: %s', (people, automatic, state) => {
    expect(
      assessmentStateOf({
        answeredByPeople: people,
        answeredAutomatically: automatic,
      }),
    ).toBe(state);
  });
});

describe('assessmentOfAnswers', () => {
  it('counts automatic answers apart from people’s', () => {
    expect(assessmentOfAnswers([])).toBe('not-started');
    expect(assessmentOfAnswers([{ source: 'evidence' }])).toBe('automatic');
    expect(
      assessmentOfAnswers([{ source: 'evidence' }, { source: 'person' }]),
    ).toBe('assessed');
    // Answers stored before sources existed are people's.
    expect(assessmentOfAnswers([{}])).toBe('assessed');
  });
});

describe('the "Not assessed" wording', () => {
  it('says "Not assessed" wherever no person has answered, with the automatic score second', () => {
    expect(
      ASSESSMENT_STATE_TITLES['not-started'].startsWith(NOT_ASSESSED),
    ).toBe(true);
    expect(ASSESSMENT_STATE_TITLES.automatic.startsWith(NOT_ASSESSED)).toBe(
      true,
    );
    expect(isAssessed('automatic')).toBe(false);
    expect(isAssessed(undefined)).toBe(false);
    expect(isAssessed('assessed')).toBe(true);
    expect(automaticScoreNote(8.6)).toBe('8.6% from automatic answers');
    expect(automaticScoreNote(null)).toBeUndefined();
  });
});
