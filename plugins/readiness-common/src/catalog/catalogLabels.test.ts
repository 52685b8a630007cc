import {
  READINESS_LABELS,
  formatScoreLabel,
  readinessLabelsFor,
  scoreBand,
  scoreBandsBetween,
} from './catalogLabels';

describe('catalog labels', () => {
  it('puts scores in 10-point bands, 100 with the nineties', () => {
    expect([0, 9.9, 10, 55.5, 89.9, 90, 100].map(scoreBand)).toEqual([
      0, 0, 10, 50, 80, 90, 90,
    ]);
  });

  it('lists the bands between two bounds', () => {
    expect(scoreBandsBetween(0, 100)).toEqual([
      '0',
      '10',
      '20',
      '30',
      '40',
      '50',
      '60',
      '70',
      '80',
      '90',
    ]);
    expect(scoreBandsBetween(40, 70)).toEqual(['40', '50', '60']);
    expect(scoreBandsBetween(90, 100)).toEqual(['90']);
    expect(scoreBandsBetween(45, 62)).toEqual(['40', '50', '60']);
  });

  it('formats scores to sort as text', () => {
    const scores = [100, 7.5, 84, 0, 10.25];
    const sorted = scores.map(formatScoreLabel).sort();
    expect(sorted).toEqual(['000.0', '007.5', '010.3', '084.0', '100.0']);
  });

  it('labels every entity in scope with its assessment state, level and score', () => {
    expect(
      readinessLabelsFor({
        level: 'silver',
        score: 72.5,
        assessment: 'assessed',
      }),
    ).toEqual({
      [READINESS_LABELS.assessment]: 'assessed',
      [READINESS_LABELS.level]: 'silver',
      [READINESS_LABELS.scoreBand]: '70',
      [READINESS_LABELS.score]: '072.5',
    });
    // Automatic answers only: scored like any other, in its own state.
    expect(
      readinessLabelsFor({ level: null, score: 12, assessment: 'automatic' }),
    ).toEqual({
      [READINESS_LABELS.assessment]: 'automatic',
      [READINESS_LABELS.level]: 'none',
      [READINESS_LABELS.scoreBand]: '10',
      [READINESS_LABELS.score]: '012.0',
    });
    // Nobody answered anything: still a score of 0, so ordering by score keeps it.
    expect(
      readinessLabelsFor({ level: null, score: 0, assessment: 'not-started' }),
    ).toEqual({
      [READINESS_LABELS.assessment]: 'not-started',
      [READINESS_LABELS.level]: 'none',
      [READINESS_LABELS.scoreBand]: '0',
      [READINESS_LABELS.score]: '000.0',
    });
    expect(
      readinessLabelsFor({ level: null, score: null, assessment: 'assessed' }),
    ).toEqual({
      [READINESS_LABELS.assessment]: 'assessed',
      [READINESS_LABELS.level]: 'none',
    });
    expect(readinessLabelsFor(undefined)).toEqual({
      [READINESS_LABELS.assessment]: 'not-started',
      [READINESS_LABELS.level]: 'none',
    });
  });
});
