import { Checklist, ReadinessLevel, ScoredAnswer } from '../types';
import { isStale, scoreReadiness } from './scoreReadiness';

const now = new Date('2026-06-01T00:00:00.000Z');
const fresh = '2026-05-01T00:00:00.000Z';
const old = '2025-01-01T00:00:00.000Z';
const levels: ReadinessLevel[] = [
  { id: 'bronze', title: 'Bronze', minScore: 40 },
  { id: 'silver', title: 'Silver', minScore: 70 },
  { id: 'gold', title: 'Gold', minScore: 90 },
];
const options = { levels, reviewIntervalDays: 180, now };

const checklist: Checklist = {
  id: 'test',
  title: 'Test',
  appliesTo: [{ kind: 'Component' }],
  sections: [
    {
      id: 'a',
      title: 'A',
      questions: [
        { id: 'a1', text: 'A1?', guidance: '', weight: 1 },
        { id: 'a2', text: 'A2?', guidance: '', weight: 3 },
      ],
    },
    {
      id: 'b',
      title: 'B',
      questions: [
        {
          id: 'b1',
          text: 'B1?',
          guidance: '',
          weight: 2,
          requiredForLevel: 'silver',
        },
        { id: 'b2', text: 'B2?', guidance: '', weight: 4 },
      ],
    },
  ],
};

const answer = (
  questionId: string,
  status: ScoredAnswer['status'],
  reviewedAt = fresh,
): ScoredAnswer => ({ questionId, status, reviewedAt });

describe('scoreReadiness', () => {
  it('scores nothing answered as zero with no level', () => {
    const result = scoreReadiness(checklist, [], options);
    expect(result).toMatchObject({
      score: 0,
      earned: 0,
      possible: 10,
      questions: 4,
      answered: 0,
      level: null,
      cappedBy: [],
      nextStaleAt: null,
    });
    expect(result.nextLevel).toEqual({
      level: levels[0],
      pointsNeeded: 40,
      missingRequired: [],
    });
  });

  it('gives full credit for Yes and half for Partial, by weight', () => {
    const result = scoreReadiness(
      checklist,
      [answer('a1', 'yes'), answer('a2', 'partial'), answer('b2', 'no')],
      options,
    );
    // (1 + 1.5 + 0) / 10
    expect(result.score).toBe(25);
    expect(result.earned).toBe(2.5);
    expect(result.answered).toBe(3);
    expect(result.sections.map(s => [s.id, s.score])).toEqual([
      ['a', 62.5],
      ['b', 0],
    ]);
  });

  it('removes N/A questions from the denominator', () => {
    const result = scoreReadiness(
      checklist,
      [answer('a2', 'na'), answer('b2', 'na'), answer('a1', 'yes')],
      options,
    );
    // 1 / (1 + 2)
    expect(result.possible).toBe(3);
    expect(result.score).toBe(33.3);
    expect(result.notApplicable).toBe(2);
  });

  it('gives an exemption waiting for approval, or rejected, no credit until it is approved', () => {
    const exempt = (approval: ScoredAnswer['approval']) =>
      scoreReadiness(
        checklist,
        [{ ...answer('a2', 'na'), approval }, answer('a1', 'yes')],
        options,
      );
    // Pending and rejected: 1 / 10, like No; approved: 1 / 7, like any N/A.
    expect(exempt('pending')).toMatchObject({
      possible: 10,
      score: 10,
      notApplicable: 0,
      answered: 2,
    });
    expect(exempt('rejected')).toMatchObject({ possible: 10, score: 10 });
    expect(exempt('approved')).toMatchObject({
      possible: 7,
      score: 14.3,
      notApplicable: 1,
    });
  });

  it('scores a pending exemption as the answer it replaced, never lower than before asking', () => {
    const before = scoreReadiness(
      checklist,
      [answer('a2', 'partial'), answer('a1', 'yes')],
      options,
    );
    const asked = (beforeRequest: ScoredAnswer['beforeRequest']) =>
      scoreReadiness(
        checklist,
        [
          { ...answer('a2', 'na'), approval: 'pending', beforeRequest },
          answer('a1', 'yes'),
        ],
        options,
      );
    // (1 + 1.5) / 10, as before the request.
    expect(asked({ status: 'partial', reviewedAt: fresh })).toMatchObject({
      score: before.score,
      possible: 10,
      answered: 2,
      stale: 0,
    });
    expect(before.score).toBe(25);
    // The replaced answer goes stale as it would have; the request itself is fresh.
    expect(asked({ status: 'partial', reviewedAt: old })).toMatchObject({
      score: 10,
      stale: 0,
    });
    // Approved, the replaced answer no longer matters.
    expect(
      scoreReadiness(
        checklist,
        [
          {
            ...answer('a2', 'na'),
            approval: 'approved',
            beforeRequest: { status: 'no', reviewedAt: fresh },
          },
          answer('a1', 'yes'),
        ],
        options,
      ),
    ).toMatchObject({ possible: 7, score: 14.3 });
  });

  it('returns a null score when every question is N/A', () => {
    const result = scoreReadiness(
      checklist,
      ['a1', 'a2', 'b1', 'b2'].map(id => answer(id, 'na')),
      options,
    );
    expect(result.score).toBeNull();
    expect(result.level).toBeNull();
    expect(result.sections.every(s => s.score === null)).toBe(true);
  });

  it('returns a null score for an empty checklist', () => {
    const empty = { ...checklist, sections: [] };
    const result = scoreReadiness(empty, [answer('a1', 'yes')], options);
    expect(result.score).toBeNull();
    expect(result.questions).toBe(0);
    expect(result.level).toBeNull();
    expect(result.orphanedQuestionIds).toEqual(['a1']);
  });

  it('gives stale answers no credit, N/A included, and counts them', () => {
    const result = scoreReadiness(
      checklist,
      ['a1', 'a2', 'b1']
        .map(id => answer(id, 'yes', old))
        .concat(answer('b2', 'na', old)),
      options,
    );
    expect(result.score).toBe(0);
    expect(result.possible).toBe(10);
    expect(result.stale).toBe(4);
    expect(result.answered).toBe(4);
    expect(result.nextStaleAt).toBeNull();
  });

  it('treats an answer exactly one interval old as stale', () => {
    const reviewedAt = new Date(
      now.getTime() - 180 * 24 * 60 * 60 * 1000,
    ).toISOString();
    expect(isStale(reviewedAt, 180, now)).toBe(true);
    expect(isStale(reviewedAt, 181, now)).toBe(false);
    expect(isStale('not a date', 180, now)).toBe(true);
  });

  it('reports when the next fresh answer goes stale', () => {
    const result = scoreReadiness(
      checklist,
      [
        answer('a1', 'yes', '2026-04-01T00:00:00.000Z'),
        answer('a2', 'yes', '2026-03-01T00:00:00.000Z'),
      ],
      options,
    );
    expect(result.nextStaleAt).toBe('2026-08-28T00:00:00.000Z');
  });

  it('assigns the highest level whose threshold the score meets', () => {
    const all = ['a1', 'a2', 'b1', 'b2'].map(id => answer(id, 'yes'));
    expect(scoreReadiness(checklist, all, options).level?.id).toBe('gold');
    const silver = scoreReadiness(
      checklist,
      [
        answer('a1', 'no'),
        answer('a2', 'yes'),
        answer('b1', 'yes'),
        answer('b2', 'yes'),
      ],
      options,
    );
    expect(silver.score).toBe(90);
    expect(silver.level?.id).toBe('gold');
    const partial = scoreReadiness(
      checklist,
      [answer('a2', 'yes'), answer('b1', 'yes'), answer('b2', 'partial')],
      options,
    );
    expect(partial.score).toBe(70);
    expect(partial.level?.id).toBe('silver');
    expect(partial.nextLevel).toMatchObject({
      level: { id: 'gold' },
      pointsNeeded: 20,
      missingRequired: [],
    });
  });

  it('caps the level below a required question that is not a fresh Yes', () => {
    const answers = [
      answer('a1', 'yes'),
      answer('a2', 'yes'),
      answer('b1', 'partial'),
      answer('b2', 'yes'),
    ];
    const result = scoreReadiness(checklist, answers, options);
    expect(result.score).toBe(90);
    expect(result.level?.id).toBe('bronze');
    expect(result.cappedBy).toEqual(['b1']);
    expect(result.nextLevel).toMatchObject({
      level: { id: 'silver' },
      pointsNeeded: 0,
      missingRequired: ['b1'],
    });

    const staleRequired = scoreReadiness(
      checklist,
      [...answers.filter(a => a.questionId !== 'b1'), answer('b1', 'yes', old)],
      options,
    );
    expect(staleRequired.level?.id).toBe('bronze');
    expect(staleRequired.cappedBy).toEqual(['b1']);
  });

  it('does not report a cap that the score alone already explains', () => {
    const result = scoreReadiness(checklist, [answer('a2', 'yes')], options);
    expect(result.score).toBe(30);
    expect(result.level).toBeNull();
    expect(result.cappedBy).toEqual([]);
    expect(result.nextLevel?.missingRequired).toEqual([]);
  });

  it('uses the weights of each question', () => {
    const heavy = scoreReadiness(checklist, [answer('b2', 'yes')], options);
    const light = scoreReadiness(checklist, [answer('a1', 'yes')], options);
    expect(heavy.score).toBe(40);
    expect(light.score).toBe(10);
    expect(heavy.level?.id).toBe('bronze');
  });

  it('keeps answers to unknown questions as orphans without scoring them', () => {
    const result = scoreReadiness(
      checklist,
      [answer('gone', 'yes'), answer('a1', 'yes')],
      options,
    );
    expect(result.orphanedQuestionIds).toEqual(['gone']);
    expect(result.earned).toBe(1);
    expect(result.answered).toBe(1);
  });

  it('scores with no levels configured', () => {
    const result = scoreReadiness(checklist, [answer('a1', 'yes')], {
      ...options,
      levels: [],
    });
    expect(result.level).toBeNull();
    expect(result.nextLevel).toBeNull();
    expect(result.score).toBe(10);
  });
});
