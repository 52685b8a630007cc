import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { CatalogReconciler } from '../subjects/CatalogReconciler';

/**
 * Runs the catalog reconcile on the scheduler, so with several replicas only one of them does
 * it per interval; the first run comes shortly after start-up.
 */
export async function scheduleReconcile(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  reconciler: Pick<CatalogReconciler, 'reconcile'>;
  frequencyMinutes: number;
}) {
  const { scheduler, logger, reconciler, frequencyMinutes } = options;
  await scheduler.scheduleTask({
    id: 'readiness-catalog-reconcile',
    frequency: { minutes: frequencyMinutes },
    timeout: { minutes: 30 },
    initialDelay: { seconds: 5 },
    fn: async () => {
      try {
        await reconciler.reconcile();
      } catch (error) {
        logger.warn(
          `Readiness reconcile failed; it runs again next time: ${error}`,
        );
        // Rethrown so the task's metrics count the failure; the scheduler carries on.
        throw error;
      }
    },
  });
}
