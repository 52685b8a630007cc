import { sampleReport } from '../../__testUtils__/reviewFixtures';
import { DEFAULT_LEVELS } from '@readiness/plugin-readiness-common';
import { entitiesToCsv, reportToCsv } from './reviewCsv';
import { storedScore } from '../../testUtils/storedScore';

const NAMES: Record<string, string> = {
  'group:default/payments': 'Payments',
  'group:default/search': 'Search & Discovery',
  'component:default/api': 'Public API',
};
const nameOf = (key: string | null) => (key && NAMES[key]) || String(key);

describe('reportToCsv', () => {
  it('writes one row per group with its ref, its name, figures, levels and section averages', () => {
    expect(reportToCsv(sampleReport, nameOf).split('\r\n')).toEqual([
      'Owner,Name,In scope,Assessed,Not assessed (automatic only),Not assessed (no answers),Entities,Average score,Lowest score,Highest score,No level,Bronze,Silver,Gold,Stale answers,Entities needing review,Operations (average),Documentation (average)',
      'group:default/payments,Payments,3,2,0,1,2,75,65,85,0,1,0,1,0,0,75,75',
      'group:default/search,Search & Discovery,4,3,0,1,3,30.3,20.3,40.3,2,1,0,0,2,1,33.3,0',
      '',
    ]);
  });

  it('quotes fields with commas, quotes or line breaks', () => {
    const csv = reportToCsv(
      {
        ...sampleReport,
        groupBy: 'lifecycle',
        groups: [{ ...sampleReport.groups[0], key: 'beta, "late"' }],
        sections: [],
      },
      nameOf,
    );
    expect(csv.split('\r\n')[1]).toBe(
      '"beta, ""late""","beta, ""late""",3,2,0,1,2,75,65,85,0,1,0,1,0,0',
    );
  });

  it("lists a group's entities by ref and name, with level titles, not-started ones included", () => {
    expect(
      entitiesToCsv(
        [
          storedScore({
            entityRef: 'component:default/cron',
            title: 'Cron, the scheduler',
            assessment: 'not-started',
            score: 0,
            level: null,
            answered: 0,
            questions: 56,
            stale: 0,
          }),
          storedScore({
            entityRef: 'component:default/api',
            assessment: 'assessed',
            score: 72.5,
            level: 'silver',
            answered: 40,
            questions: 56,
            stale: 1,
          }),
        ],
        DEFAULT_LEVELS,
        nameOf,
      ).split('\r\n'),
    ).toEqual([
      'Entity,Name,Assessment,Score,Level,Answered,Questions',
      'component:default/cron,"Cron, the scheduler",Not assessed (no answers),0,No level,0,56',
      'component:default/api,Public API,Assessed,72.5,Silver,40,56',
      '',
    ]);
  });
});
