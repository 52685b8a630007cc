import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ReadinessConfig } from '../config/readReadinessConfig';
import { DueEntity } from '../database/EvidenceStore';
import { EvidenceRefresher } from '../domain/EvidenceRefresher';
import { MAX_YIELD_MS } from '../evidence/EvidenceService';

/** How many entities are taken from the queue at a time. */
const PAGE = 200;

/** Runs `work` over `items`, at most `limit` at once. */
async function eachLimited<T>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<void>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        await work(items[next++]);
      }
    }),
  );
}

/**
 * Re-evaluates the evidence of every entity a checklist applies to, on the scheduler (so with
 * several replicas only one of them does it). Entities are taken oldest evidence first (never
 * evaluated first), so a run that reaches its time-out is continued by the next one where it
 * stopped instead of starting over; several are evaluated at once (`evidence.concurrency`), as
 * providers that read code hosts spend their time waiting.
 */
export async function scheduleEvidenceRefresh(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  auth: AuthService;
  catalog: CatalogService;
  evidence: Pick<EvidenceRefresher, 'refresh'>;
  /** Entities whose evidence was last evaluated before `before` (or never), oldest first. */
  dueEntities(options: {
    before: string;
    limit: number;
    after?: DueEntity;
  }): Promise<DueEntity[]>;
  evidenceConfig: Pick<
    ReadinessConfig['evidence'],
    'frequencyMinutes' | 'maxAgeMs' | 'concurrency' | 'timeoutMinutes'
  >;
  clock?: () => Date;
  /** Each entity's evaluation waits for it before it starts: people's requests go first. */
  yieldTo?: { whenIdle(maxWaitMs: number): Promise<void> };
}) {
  const { scheduler, logger, auth, catalog, evidence, evidenceConfig } =
    options;
  const now = () => options.clock?.() ?? new Date();
  await scheduler.scheduleTask({
    id: 'readiness-evidence-refresh',
    frequency: { minutes: evidenceConfig.frequencyMinutes },
    timeout: { minutes: evidenceConfig.timeoutMinutes },
    initialDelay: { seconds: 20 },
    fn: async signal => {
      /** Refreshes the entities, several at once; says how many it evaluated. */
      const refreshAll = async (entities: Entity[]) => {
        let done = 0;
        await eachLimited(
          entities,
          evidenceConfig.concurrency,
          async entity => {
            if (signal?.aborted) {
              return;
            }
            try {
              await options.yieldTo?.whenIdle(MAX_YIELD_MS);
              // Listed as due just now: no need to ask again.
              await evidence.refresh(entity, { force: true });
              done += 1;
            } catch (error) {
              logger.warn(`Evidence refresh failed: ${error}`);
            }
          },
        );
        return done;
      };
      const credentials = await auth.getOwnServiceCredentials();
      const before = new Date(
        now().getTime() - evidenceConfig.maxAgeMs,
      ).toISOString();
      // Evaluated entities leave the queue; those left due (no checklist, gone from the
      // catalog, failed) keep their place, so each page starts after the last one.
      let after: DueEntity | undefined;
      let evaluated = 0;
      while (!signal?.aborted) {
        const page = await options.dueEntities({ before, limit: PAGE, after });
        if (page.length === 0) {
          break;
        }
        after = page[page.length - 1];
        const { items } = await catalog.getEntitiesByRefs(
          { entityRefs: page.map(due => due.entityRef) },
          { credentials },
        );
        const entities = items.filter((e): e is Entity => Boolean(e));
        evaluated += await refreshAll(entities);
      }
      logger.info(
        `Checked the readiness evidence of ${evaluated} entities${
          signal?.aborted ? '; the next run goes on from the oldest' : ''
        }`,
      );
    },
  });
}
