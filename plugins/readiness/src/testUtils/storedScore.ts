import { EntityScore } from '@readiness/plugin-readiness-common';

/**
 * A stored score as the bulk endpoint returns it, from the properties a test cares about; the
 * rest are what a freshly scored component with nothing exempted would have.
 */
export function storedScore(
  score: Pick<EntityScore, 'entityRef'> & Partial<EntityScore>,
): EntityScore {
  return {
    kind: 'component',
    checklistId: 'backend-project',
    score: null,
    level: null,
    levelRank: -1,
    questions: 56,
    answered: 0,
    automatic: 0,
    assessment: 'not-started',
    stale: 0,
    notApplicable: 0,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...score,
  };
}
