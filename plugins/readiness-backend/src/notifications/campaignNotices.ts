import { Campaign } from '@readiness/plugin-readiness-common';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The kinds of notice a campaign sends to the owners of its entities that are not done. */
export type CampaignNoticeKind = 'start' | 'reminder' | 'overdue';

/** A notice, keyed so that each is sent once: `start`, `reminder-<n>` or `overdue`. */
export type CampaignNotice = { key: string; kind: CampaignNoticeKind };

const daysBetween = (from: string, to: string) =>
  Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS,
  );

/**
 * The notices a campaign owes on `today` (YYYY-MM-DD): the start notice from its first day, the
 * n-th reminder every `reminderDays` after it up to the due day, and the overdue notice from the
 * day after the due day. A campaign created after its due day sends only the overdue notice.
 */
export function noticesDueOn(
  campaign: Pick<Campaign, 'startsOn' | 'dueOn' | 'reminderDays'>,
  today: string,
): CampaignNotice[] {
  if (today < campaign.startsOn) {
    return [];
  }
  if (today > campaign.dueOn) {
    return [{ key: 'overdue', kind: 'overdue' }];
  }
  const notices: CampaignNotice[] = [{ key: 'start', kind: 'start' }];
  const elapsed = daysBetween(campaign.startsOn, today);
  if (campaign.reminderDays > 0 && elapsed >= campaign.reminderDays) {
    const n = Math.floor(elapsed / campaign.reminderDays);
    notices.push({ key: `reminder-${n}`, kind: 'reminder' });
  }
  return notices;
}
