import { ReviewFigures } from '@readiness/plugin-readiness-common';
import { GroupFigures } from '../database/ReviewStore';

/** Averages to one decimal, as the review store rounds the other figures. */
const average = (sum: number, entities: number) =>
  entities > 0 ? Math.round((sum / entities) * 10) / 10 : null;

const extreme = (
  values: (number | null)[],
  pick: (...v: number[]) => number,
) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? pick(...known) : null;
};

/**
 * The report's totals, added up from its groups: every entity is in exactly one group (entities
 * without a value form the group with key null), so the sums are the totals of one scan.
 */
export function figureTotals(
  groups: GroupFigures[],
  levelIds: string[],
): ReviewFigures {
  const levels: Record<string, number> = Object.fromEntries(
    ['none', ...levelIds].map(id => [id, 0]),
  );
  const totals: ReviewFigures = {
    coverage: { inScope: 0, assessed: 0, automatic: 0, notStarted: 0 },
    entities: 0,
    averageScore: null,
    minScore: extreme(
      groups.map(g => g.minScore),
      Math.min,
    ),
    maxScore: extreme(
      groups.map(g => g.maxScore),
      Math.max,
    ),
    levels,
    staleAnswers: 0,
    entitiesWithStale: 0,
  };
  let scoreSum = 0;
  for (const group of groups) {
    totals.coverage.inScope += group.coverage.inScope;
    totals.coverage.assessed += group.coverage.assessed;
    totals.coverage.automatic += group.coverage.automatic;
    totals.coverage.notStarted += group.coverage.notStarted;
    totals.entities += group.entities;
    totals.staleAnswers += group.staleAnswers;
    totals.entitiesWithStale += group.entitiesWithStale;
    for (const [id, count] of Object.entries(group.levels)) {
      levels[id] = (levels[id] ?? 0) + count;
    }
    scoreSum += group.scoreSum;
  }
  // Entities whose score is null (no question applies) are counted but not averaged.
  totals.averageScore = average(
    scoreSum,
    groups.reduce((n, g) => n + g.scored, 0),
  );
  return totals;
}
