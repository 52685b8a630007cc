import {
  DEFAULT_LEVELS,
  ReadinessReport,
} from '@readiness/plugin-readiness-common';

const figures = (
  entities: number,
  averageScore: number,
  levels: Record<string, number>,
  stale = 0,
) => ({
  coverage: {
    inScope: entities + 1,
    assessed: entities,
    automatic: 0,
    notStarted: 1,
  },
  entities,
  averageScore,
  minScore: averageScore - 10,
  maxScore: averageScore + 10,
  levels: { none: 0, bronze: 0, silver: 0, gold: 0, ...levels },
  staleAnswers: stale * 2,
  entitiesWithStale: stale,
});

/** A small review: two teams, two sections, three questions. */
export const sampleReport: ReadinessReport = {
  groupBy: 'owner',
  filters: {},
  population: 'all',
  totals: figures(5, 48.2, { none: 2, bronze: 2, gold: 1 }, 1),
  groups: [
    {
      key: 'group:default/payments',
      ...figures(2, 75, { bronze: 1, gold: 1 }),
    },
    {
      key: 'group:default/search',
      ...figures(3, 30.3, { none: 2, bronze: 1 }, 1),
    },
  ],
  sections: [
    { id: 'ops', title: 'Operations' },
    { id: 'docs', title: 'Documentation' },
  ],
  sectionScores: [
    { key: '*', sectionId: 'ops', averageScore: 50, entities: 5 },
    { key: '*', sectionId: 'docs', averageScore: 30, entities: 5 },
    {
      key: 'group:default/payments',
      sectionId: 'ops',
      averageScore: 75,
      entities: 2,
    },
    {
      key: 'group:default/payments',
      sectionId: 'docs',
      averageScore: 75,
      entities: 2,
    },
    {
      key: 'group:default/search',
      sectionId: 'ops',
      averageScore: 33.3,
      entities: 3,
    },
    {
      key: 'group:default/search',
      sectionId: 'docs',
      averageScore: 0,
      entities: 3,
    },
  ],
  questions: [
    {
      checklistId: 'test',
      questionId: 'q1',
      sectionId: 'ops',
      text: 'Are backups tested?',
      entities: 5,
      yes: 3,
      partial: 0,
      no: 0,
      na: 1,
      stale: 0,
      automatic: 0,
      unanswered: 1,
    },
    {
      checklistId: 'test',
      questionId: 'q2',
      sectionId: 'docs',
      text: 'Is there a runbook?',
      entities: 5,
      yes: 1,
      partial: 1,
      no: 2,
      na: 0,
      stale: 1,
      automatic: 1,
      unanswered: 0,
    },
  ],
  levels: DEFAULT_LEVELS,
  facets: {
    owner: ['group:default/payments', 'group:default/search'],
    system: ['system:default/checkout'],
    domain: [],
    kind: ['component'],
    type: ['service'],
    lifecycle: ['experimental', 'production'],
  },
  generatedAt: '2026-11-29T10:00:00.000Z',
};
