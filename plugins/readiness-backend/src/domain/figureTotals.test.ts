import { GroupFigures } from '../database/ReviewStore';
import { figureTotals } from './figureTotals';

const group = (
  key: string | null,
  scores: (number | null)[],
  levels: Record<string, number>,
): GroupFigures => {
  const known = scores.filter((s): s is number => s !== null);
  const sum = known.reduce((a, b) => a + b, 0);
  return {
    key,
    coverage: {
      inScope: scores.length + 1,
      assessed: scores.length,
      automatic: 0,
      notStarted: 1,
    },
    entities: scores.length,
    averageScore: known.length
      ? Math.round((sum / known.length) * 10) / 10
      : null,
    minScore: known.length ? Math.min(...known) : null,
    maxScore: known.length ? Math.max(...known) : null,
    levels,
    staleAnswers: 2,
    entitiesWithStale: 1,
    scoreSum: sum,
    scored: known.length,
  };
};

describe('figureTotals', () => {
  it('adds the groups up, averaging over scored entities only', () => {
    const totals = figureTotals(
      [
        group('group:default/a', [10, 20], { none: 1, gold: 1 }),
        group('group:default/b', [null, 100], { none: 1, gold: 1 }),
        group(null, [null], { none: 1 }),
      ],
      ['gold'],
    );
    expect(totals).toEqual({
      coverage: { inScope: 8, assessed: 5, automatic: 0, notStarted: 3 },
      entities: 5,
      // (10 + 20 + 100) / 3, not / 5 and not the mean of the groups' averages
      averageScore: 43.3,
      minScore: 10,
      maxScore: 100,
      levels: { none: 3, gold: 2 },
      staleAnswers: 6,
      entitiesWithStale: 3,
    });
  });

  it('gives zeros and no scores without groups', () => {
    expect(figureTotals([], ['bronze', 'gold'])).toEqual({
      coverage: { inScope: 0, assessed: 0, automatic: 0, notStarted: 0 },
      entities: 0,
      averageScore: null,
      minScore: null,
      maxScore: null,
      levels: { none: 0, bronze: 0, gold: 0 },
      staleAnswers: 0,
      entitiesWithStale: 0,
    });
  });
});
