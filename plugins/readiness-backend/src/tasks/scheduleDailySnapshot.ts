import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { ReviewService } from '../service/ReviewService';

/**
 * Keeps one snapshot of every score per day for the review page's trends. The task runs every
 * hour on the scheduler (so with several replicas only one of them runs it at a time); the
 * snapshot of a day is written once, so extra runs cost one cheap statement.
 */
export async function scheduleDailySnapshot(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  review: ReviewService;
}) {
  const { scheduler, logger, review } = options;
  await scheduler.scheduleTask({
    id: 'readiness-daily-snapshot',
    frequency: { hours: 1 },
    timeout: { minutes: 15 },
    initialDelay: { minutes: 1 },
    fn: async () => {
      const { day, added, pruned } = await review.takeDailySnapshot();
      if (added > 0 || pruned > 0) {
        logger.info(
          `Readiness snapshot of ${day}: ${added} scores added, ${pruned} old rows removed`,
        );
      }
    },
  });
}
