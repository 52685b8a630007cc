import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';

/** Days of trend the backfill rebuilds at most. */
export const BACKFILL_MAX_DAYS = 90;

/**
 * Rebuilds past daily snapshots from the answer history once, shortly after the first answers
 * (on the scheduler, so once across replicas). It looks every minute, so an import on the first
 * day (the demo's sample data too) has its past soon after it settles; once earlier snapshots
 * exist, a run is one query that finds them and does nothing.
 */
export async function scheduleSnapshotBackfill(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  backfill: () => Promise<{ days: number; rows: number }>;
}) {
  const { scheduler, logger, backfill } = options;
  await scheduler.scheduleTask({
    id: 'readiness-snapshot-backfill',
    frequency: { minutes: 1 },
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
