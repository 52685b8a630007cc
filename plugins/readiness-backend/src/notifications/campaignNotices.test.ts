import { noticesDueOn } from './campaignNotices';

const campaign = {
  startsOn: '2027-01-01',
  dueOn: '2027-01-31',
  reminderDays: 7,
};
const keys = (today: string, c = campaign) =>
  noticesDueOn(c, today).map(n => n.key);

describe('noticesDueOn', () => {
  it('owes the start notice from the first day, a reminder every interval, overdue after the due day', () => {
    expect(keys('2026-12-31')).toEqual([]);
    expect(keys('2027-01-01')).toEqual(['start']);
    expect(keys('2027-01-07')).toEqual(['start']);
    expect(keys('2027-01-08')).toEqual(['start', 'reminder-1']);
    expect(keys('2027-01-29')).toEqual(['start', 'reminder-4']);
    expect(keys('2027-01-31')).toEqual(['start', 'reminder-4']);
    expect(keys('2027-02-01')).toEqual(['overdue']);
    expect(keys('2027-01-15', { ...campaign, reminderDays: 0 })).toEqual([
      'start',
    ]);
  });
});
