import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ReadinessConfig } from '../config/readReadinessConfig';
import { EvidenceRefresher } from '../domain/EvidenceRefresher';

/**
 * Re-evaluates the evidence of every catalog entity a checklist applies to, on the scheduler
 * (so with several replicas only one of them does it). Entities evaluated recently (by a write or
 * the refresh endpoint) are skipped; a page of 200 entities is read from the catalog at a time.
 */
export async function scheduleEvidenceRefresh(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  auth: AuthService;
  catalog: CatalogService;
  evidence: Pick<EvidenceRefresher, 'refresh'>;
  /** The kinds some checklist applies to. */
  kinds: string[];
  frequencyMinutes: ReadinessConfig['evidence']['frequencyMinutes'];
}) {
  const { scheduler, logger, auth, catalog, evidence, kinds } = options;
  await scheduler.scheduleTask({
    id: 'readiness-evidence-refresh',
    frequency: { minutes: options.frequencyMinutes },
    timeout: { minutes: 30 },
    initialDelay: { seconds: 20 },
    fn: async () => {
      const credentials = await auth.getOwnServiceCredentials();
      let cursor: string | undefined;
      let evaluated = 0;
      do {
        const page = await catalog.queryEntities(
          cursor
            ? { cursor, limit: 200 }
            : { filter: { kind: kinds }, limit: 200 },
          { credentials },
        );
        for (const entity of page.items) {
          try {
            await evidence.refresh(entity);
            evaluated += 1;
          } catch (error) {
            logger.warn(`Evidence refresh failed: ${error}`);
          }
        }
        cursor = page.pageInfo.nextCursor;
      } while (cursor);
      logger.info(`Checked the readiness evidence of ${evaluated} entities`);
    },
  });
}
