import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';

/** Days of trend the backfill rebuilds at most. */
export const BACKFILL_MAX_DAYS = 90;

/**
 * Rebuilds past daily snapshots from the answer history once, shortly after the first start
 * (on the scheduler, so once across replicas); later runs find earlier snapshots and do nothing.
 */
export async function scheduleSnapshotBackfill(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  backfill: () => Promise<{ days: number; rows: number }>;
}) {
  const { scheduler, logger, backfill } = options;
  await scheduler.scheduleTask({
    id: 'readiness-snapshot-backfill',
    frequency: { hours: 24 },
    timeout: { minutes: 30 },
    initialDelay: { seconds: 10 },
    fn: async () => {
      const { days, rows } = await backfill();
      if (days > 0) {
        logger.info(
          `Readiness trends backfilled from answer history: ${days} days, ${rows} rows`,
        );
      }
    },
  });
}
