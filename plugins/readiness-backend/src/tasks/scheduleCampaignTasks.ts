import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { campaignDay } from '@readiness/plugin-readiness-common';
import { CampaignStore } from '../database/CampaignStore';
import { CampaignNotifier } from '../notifications/CampaignNotifier';
import { CampaignService } from '../domain/CampaignService';
import { noticesDueOn } from '../notifications/campaignNotices';

/** The most entities one notice goes to; the rest of a larger campaign is logged. */
const MAX_NOTICE_ENTITIES = 10_000;

/**
 * Sends every notice the campaigns owe today. Each notice is claimed in the database before it
 * is sent, so it goes out once even when several replicas run this.
 */
export async function sendCampaignNotices(options: {
  campaigns: Pick<CampaignService, 'listCampaigns' | 'openEntities'>;
  store: Pick<CampaignStore, 'claimNotice'>;
  notifier: CampaignNotifier;
  now: Date;
}): Promise<{ notices: string[]; sent: number }> {
  const { campaigns, store, notifier, now } = options;
  const today = campaignDay(now);
  const notices: string[] = [];
  let sent = 0;
  for (const campaign of await campaigns.listCampaigns()) {
    for (const notice of noticesDueOn(campaign, today)) {
      if (
        !(await store.claimNotice(campaign.id, notice.key, now.toISOString()))
      ) {
        continue;
      }
      notices.push(`${campaign.id}:${notice.key}`);
      const open = await campaigns.openEntities(campaign, MAX_NOTICE_ENTITIES);
      sent += await notifier.send(campaign, notice.kind, open);
    }
  }
  return { notices, sent };
}

/**
 * The campaign tasks: today's snapshot of the question-target campaigns (with the score
 * snapshot's frequency) and, when notifications are on, the start, reminder and overdue
 * notices.
 */
export async function scheduleCampaignTasks(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  campaigns: CampaignService;
  store: Pick<CampaignStore, 'claimNotice'>;
  notifier?: CampaignNotifier;
  snapshotFrequencyMinutes: number;
  noticeFrequencyMinutes: number;
}) {
  const { scheduler, logger, campaigns, store, notifier } = options;
  await scheduler.scheduleTask({
    id: 'readiness-campaign-snapshot',
    frequency: { minutes: options.snapshotFrequencyMinutes },
    timeout: { minutes: 15 },
    initialDelay: { seconds: 30 },
    fn: async () => {
      const { written, pruned } = await campaigns.takeDailySnapshots();
      logger.info(
        `Readiness campaign snapshot: ${written} entity states written, ${pruned} old rows removed`,
      );
    },
  });
  if (!notifier) {
    return;
  }
  await scheduler.scheduleTask({
    id: 'readiness-campaign-notices',
    frequency: { minutes: options.noticeFrequencyMinutes },
    timeout: { minutes: 15 },
    initialDelay: { seconds: 20 },
    fn: async () => {
      const { notices, sent } = await sendCampaignNotices({
        campaigns,
        store,
        notifier,
        now: new Date(),
      });
      if (notices.length) {
        logger.info(
          `Readiness campaign notices ${notices.join(
            ', ',
          )}: ${sent} notifications sent`,
        );
      }
    },
  });
}
