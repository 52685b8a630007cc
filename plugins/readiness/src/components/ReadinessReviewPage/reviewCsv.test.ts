import { sampleReport } from '../../__testUtils__/reviewFixtures';
import { entitiesToCsv, reportToCsv } from './reviewCsv';

describe('reportToCsv', () => {
  it('writes one row per group with figures, levels and section averages', () => {
    expect(reportToCsv(sampleReport).split('\r\n')).toEqual([
      'Owner,In scope,Assessed,Automatic only,Not started,Entities,Average score,Lowest score,Highest score,No level,Bronze,Silver,Gold,Stale answers,Entities needing review,Operations (average),Documentation (average)',
      'group:default/payments,3,2,0,1,2,75,65,85,0,1,0,1,0,0,75,75',
      'group:default/search,4,3,0,1,3,30.3,20.3,40.3,2,1,0,0,2,1,33.3,0',
      '',
    ]);
  });

  it('quotes fields with commas, quotes or line breaks', () => {
    const csv = reportToCsv({
      ...sampleReport,
      groupBy: 'lifecycle',
      groups: [{ ...sampleReport.groups[0], key: 'beta, "late"' }],
      sections: [],
    });
    expect(csv.split('\r\n')[1]).toBe(
      '"beta, ""late""",3,2,0,1,2,75,65,85,0,1,0,1,0,0',
    );
  });

  it("lists a group's entities, not-started ones included", () => {
    expect(
      entitiesToCsv([
        {
          entityRef: 'component:default/cron',
          title: 'Cron, the scheduler',
          assessment: 'not-started',
          score: 0,
          level: null,
          answered: 0,
          questions: 56,
          stale: 0,
        },
        {
          entityRef: 'component:default/api',
          assessment: 'assessed',
          score: 72.5,
          level: 'silver',
          answered: 40,
          questions: 56,
          stale: 1,
        },
      ]).split('\r\n'),
    ).toEqual([
      'Entity,Title,Assessment,Score,Level,Answered,Questions',
      'component:default/cron,"Cron, the scheduler",Not started,0,none,0,56',
      'component:default/api,,Assessed,72.5,silver,40,56',
      '',
    ]);
  });
});
