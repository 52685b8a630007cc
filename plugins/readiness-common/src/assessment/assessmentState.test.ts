import { assessmentOfAnswers, assessmentStateOf } from './assessmentState';

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
