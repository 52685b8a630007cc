import { describeReadinessCounts, readinessCounts } from './readinessCounts';

describe('readinessCounts', () => {
  it('counts people, automatic, open and needs review with one rule', () => {
    const answers = new Map([
      [
        'yes',
        { status: 'yes' as const, stale: false, source: 'person' as const },
      ],
      ['no', { status: 'no' as const, stale: false }],
      [
        'stale',
        { status: 'yes' as const, stale: true, source: 'person' as const },
      ],
      [
        'auto',
        { status: 'yes' as const, stale: false, source: 'evidence' as const },
      ],
      [
        'auto-no',
        { status: 'no' as const, stale: false, source: 'evidence' as const },
      ],
      [
        'na',
        { status: 'na' as const, stale: false, source: 'person' as const },
      ],
      ['elsewhere', { status: 'no' as const, stale: false }],
    ]);
    const counts = readinessCounts(
      ['yes', 'no', 'stale', 'auto', 'auto-no', 'na', 'unanswered'],
      answers,
    );
    expect(counts).toEqual({
      questions: 7,
      answeredByPeople: 4,
      automatic: 2,
      // No, stale, the automatic No and the unanswered one.
      open: 4,
      needsReview: 1,
    });
    expect(describeReadinessCounts(counts)).toBe(
      '4 of 7 answered by people · 2 automatic · 4 open · 1 need review',
    );
    expect(describeReadinessCounts({ ...counts, needsReview: 0 })).toBe(
      '4 of 7 answered by people · 2 automatic · 4 open',
    );
  });
});
