import { Checklist } from '../types';
import { gapReasonOf, rankGaps } from './rankGaps';

const checklist: Checklist = {
  id: 'test',
  title: 'Test',
  appliesTo: [{ kind: 'Component' }],
  sections: [
    {
      id: 'a',
      title: 'A',
      questions: [
        { id: 'a.light', text: 'Light', guidance: '', weight: 1 },
        { id: 'a.heavy', text: 'Heavy', guidance: '', weight: 3 },
        { id: 'a.done', text: 'Done', guidance: '', weight: 5 },
      ],
    },
    {
      id: 'b',
      title: 'B',
      questions: [
        { id: 'b.partial', text: 'Partial', guidance: '', weight: 4 },
        { id: 'b.na', text: 'Not applicable', guidance: '', weight: 9 },
        { id: 'b.stale', text: 'Stale yes', guidance: '', weight: 2 },
        {
          id: 'b.required',
          text: 'Required',
          guidance: '',
          weight: 1,
          requiredForLevel: 'silver',
        },
      ],
    },
  ],
};

const level = { id: 'silver', title: 'Silver', minScore: 70 };

describe('rankGaps', () => {
  it('puts blocking questions first, then the largest remaining weight', () => {
    const gaps = rankGaps(
      checklist,
      {
        nextLevel: {
          level,
          pointsNeeded: 10,
          missingRequired: ['b.required'],
        },
      },
      [
        { questionId: 'a.done', status: 'yes', stale: false },
        { questionId: 'a.light', status: 'no', stale: false },
        { questionId: 'b.partial', status: 'partial', stale: false },
        { questionId: 'b.na', status: 'na', stale: false },
        { questionId: 'b.stale', status: 'yes', stale: true },
      ],
    );
    expect(gaps.map(g => [g.question.id, g.reason, g.remainingWeight])).toEqual(
      [
        ['b.required', 'unanswered', 1],
        ['a.heavy', 'unanswered', 3],
        ['b.partial', 'partial', 2],
        ['b.stale', 'stale', 2],
        ['a.light', 'no', 1],
      ],
    );
    expect(gaps[0].blocksNextLevel).toBe(true);
    expect(gaps[0].sectionId).toBe('b');
    expect(gaps.slice(1).every(g => !g.blocksNextLevel)).toBe(true);
  });

  it('returns nothing when every question is a fresh Yes or N/A', () => {
    const answers = checklist.sections.flatMap(s =>
      s.questions.map((q, i) => ({
        questionId: q.id,
        status: i % 2 ? ('na' as const) : ('yes' as const),
        stale: false,
      })),
    );
    expect(rankGaps(checklist, { nextLevel: null }, answers)).toEqual([]);
  });
});

describe('gapReasonOf', () => {
  it('calls unanswered, stale, No and Partial open, and a fresh Yes or N/A done', () => {
    expect(gapReasonOf(undefined)).toBe('unanswered');
    expect(gapReasonOf({ status: 'yes', stale: true })).toBe('stale');
    expect(gapReasonOf({ status: 'no', stale: false })).toBe('no');
    expect(gapReasonOf({ status: 'partial', stale: false })).toBe('partial');
    expect(gapReasonOf({ status: 'yes', stale: false })).toBeUndefined();
    expect(gapReasonOf({ status: 'na', stale: false })).toBeUndefined();
  });
});
