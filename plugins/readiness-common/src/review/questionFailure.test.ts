import { questionFailureRate, questionFailureShares } from './questionFailure';
import { QuestionFigures } from './reviewTypes';

const figures = (counts: Partial<QuestionFigures>): QuestionFigures => ({
  checklistId: 'c',
  questionId: 'q',
  sectionId: 's',
  text: 'Q?',
  entities: 0,
  yes: 0,
  partial: 0,
  no: 0,
  na: 0,
  stale: 0,
  automatic: 0,
  unanswered: 0,
  ...counts,
});

describe('question failure', () => {
  it('tells "fails everywhere" from "nobody answered"', () => {
    const failsEverywhere = figures({ entities: 4, no: 3, stale: 1 });
    const nobodyAnswered = figures({ entities: 4, unanswered: 4 });
    // The overall rate cannot tell them apart; the shares can.
    expect(questionFailureRate(failsEverywhere)).toBe(1);
    expect(questionFailureRate(nobodyAnswered)).toBe(1);
    expect(questionFailureShares(failsEverywhere)).toEqual({
      answeredFailing: 1,
      unanswered: 0,
    });
    expect(questionFailureShares(nobodyAnswered)).toEqual({
      answeredFailing: 0,
      unanswered: 1,
    });
  });

  it('counts Partial half and leaves N/A out', () => {
    expect(
      questionFailureShares(
        figures({ entities: 5, partial: 2, yes: 1, na: 1, unanswered: 1 }),
      ),
    ).toEqual({ answeredFailing: 0.25, unanswered: 0.25 });
    expect(questionFailureShares(figures({ entities: 2, na: 2 }))).toEqual({
      answeredFailing: 0,
      unanswered: 0,
    });
  });
});
