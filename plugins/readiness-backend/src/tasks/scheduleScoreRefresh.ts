import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { ScoreRefresher } from '../domain/ScoreRefresher';

/**
 * Keeps stored scores true as time passes: answers that reach the review interval lose their
 * credit, and a changed checklist changes scores. Runs on the scheduler, so with several
 * replicas only one of them does the work.
 */
export async function scheduleScoreRefresh(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  refresher: Pick<ScoreRefresher, 'refreshScores'>;
  frequencyMinutes: number;
}) {
  const { scheduler, logger, refresher, frequencyMinutes } = options;
  await scheduler.scheduleTask({
    id: 'readiness-refresh-scores',
    frequency: { minutes: frequencyMinutes },
    timeout: { minutes: 15 },
    initialDelay: { seconds: 30 },
    fn: async () => {
      const refreshed = await refresher.refreshScores();
      if (refreshed > 0) {
        logger.info(`Refreshed ${refreshed} readiness scores`);
      }
    },
  });
}
