import { contrastRatio } from '../levels/levelColors';
import {
  CAMPAIGN_ENTITY_STATE_COLORS,
  campaignEntityStateOn,
  campaignPhaseOn,
  campaignQuestionsStillOpen,
  describeCampaignTarget,
} from './campaignStates';
import { campaignInputProblems } from './validateCampaignInput';

const campaign = { startsOn: '2027-01-01', dueOn: '2027-01-31' };

describe('campaign states', () => {
  it('reads white on every state colour at 4.5:1 or more', () => {
    for (const color of Object.values(CAMPAIGN_ENTITY_STATE_COLORS)) {
      expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('runs from the start day to the due day, inclusive', () => {
    expect(campaignPhaseOn(campaign, '2026-12-31')).toBe('scheduled');
    expect(campaignPhaseOn(campaign, '2027-01-01')).toBe('running');
    expect(campaignPhaseOn(campaign, '2027-01-31')).toBe('running');
    expect(campaignPhaseOn(campaign, '2027-02-01')).toBe('overdue');
    expect(campaignEntityStateOn(false, campaign, '2027-01-31')).toBe('open');
    expect(campaignEntityStateOn(false, campaign, '2027-02-01')).toBe(
      'overdue',
    );
    expect(campaignEntityStateOn(true, campaign, '2027-02-01')).toBe('done');
  });

  it('says what a target asks and which questions are still open', () => {
    const title = (id: string) => id.toUpperCase();
    expect(describeCampaignTarget({ level: 'silver' }, title)).toBe(
      'Reach SILVER',
    );
    expect(describeCampaignTarget({ questionIds: ['a'] }, title)).toBe(
      'Answer Yes to 1 question',
    );
    expect(
      campaignQuestionsStillOpen({ questionIds: ['a', 'b', 'c'] }, [
        { questionId: 'a', status: 'yes', stale: false },
        { questionId: 'b', status: 'yes', stale: true },
        { questionId: 'c', status: 'na', stale: false },
      ]),
    ).toEqual(['b', 'c']);
    expect(campaignQuestionsStillOpen({ level: 'gold' }, [])).toEqual([]);
  });

  it('finds every problem of a campaign at once', () => {
    expect(
      campaignInputProblems(
        {
          title: '\u200b',
          scope: { owners: [''] },
          target: { level: 'diamond' },
          startsOn: '2027-02-29',
          dueOn: '2027-01-01',
          reminderDays: 1.5,
        },
        {
          levelIds: ['bronze'],
          questionIds: new Set(),
          today: new Date('2026-12-05T12:00:00Z'),
        },
      ),
    ).toEqual([
      'title must be a non-empty text',
      'scope.owners must be a list of at most 100 owner values',
      "target.level 'diamond' is not a level; levels are bronze",
      'startsOn must be a date that exists, written YYYY-MM-DD; got "2027-02-29"',
      'reminderDays must be a whole number from 0 to 365',
    ]);
  });

  it.each([
    ['2027-13-01', 'startsOn must be a date that exists'],
    ['2027-00-10', 'startsOn must be a date that exists'],
    ['2027-12-32', 'startsOn must be a date that exists'],
    ['2027-99-99', 'startsOn must be a date that exists'],
    ['0000-01-01', 'startsOn must be a date that exists'],
    ['0001-01-01', 'startsOn 0001-01-01 is more than 10 years from today'],
    ['2015-01-01', 'startsOn 2015-01-01 is more than 10 years from today'],
  ])('refuses a campaign starting %s', (startsOn, problem) => {
    const problems = campaignInputProblems(
      {
        title: 'T',
        scope: {},
        target: { level: 'bronze' },
        startsOn,
        dueOn: '2027-06-30',
        reminderDays: 7,
      },
      {
        levelIds: ['bronze'],
        questionIds: new Set(),
        today: new Date('2026-12-05T12:00:00Z'),
      },
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  });

  it('refuses a campaign due more than ten years ahead, and takes one within', () => {
    const known = {
      levelIds: ['bronze'],
      questionIds: new Set<string>(),
      today: new Date('2026-12-05T12:00:00Z'),
    };
    const dueBy = (dueOn: string) => ({
      title: 'T',
      scope: {},
      target: { level: 'bronze' as const },
      startsOn: '2026-12-01',
      dueOn,
      reminderDays: 7,
    });
    expect(campaignInputProblems(dueBy('9999-12-31'), known)).toEqual([
      'dueOn 9999-12-31 is more than 10 years from today',
    ]);
    expect(campaignInputProblems(dueBy('2036-12-01'), known)).toEqual([]);
  });
});
