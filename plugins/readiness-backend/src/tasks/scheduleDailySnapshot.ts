import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { ReviewService } from '../domain/ReviewService';

/**
 * Keeps one snapshot of every score per day for the review page's trends. The task runs on the
 * scheduler (so with several replicas only one of them runs it at a time), every hour by
 * default; each run replaces today's snapshot, so a day keeps its last state.
 */
export async function scheduleDailySnapshot(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  review: Pick<ReviewService, 'takeDailySnapshot'>;
  frequencyMinutes: number;
}) {
  const { scheduler, logger, review, frequencyMinutes } = options;
  await scheduler.scheduleTask({
    id: 'readiness-daily-snapshot',
    frequency: { minutes: frequencyMinutes },
    timeout: { minutes: 15 },
    initialDelay: { seconds: 15 },
    fn: async () => {
      const { day, written, pruned } = await review.takeDailySnapshot();
      logger.info(
        `Readiness snapshot of ${day}: ${written} scores written, ${pruned} old rows removed`,
      );
    },
  });
}
