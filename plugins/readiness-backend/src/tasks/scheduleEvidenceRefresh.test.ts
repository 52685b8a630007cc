import { SchedulerServiceTaskInvocationDefinition } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DueEntity } from '../database/EvidenceStore';
import { scheduleEvidenceRefresh } from './scheduleEvidenceRefresh';

const component = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service' },
});

/**
 * A queue of due entities as the store keeps it: never evaluated first, by name; evaluated ones
 * leave it; `after` continues past the last of the previous page.
 */
function evidenceQueue(names: string[]) {
  const lastRun = new Map<string, number>(names.map(n => [n, 0]));
  let clock = 1;
  return {
    dueEntities: async ({
      limit,
      after,
    }: {
      before: string;
      limit: number;
      after?: DueEntity;
    }) =>
      [...lastRun]
        .filter(([, at]) => at === 0)
        .map(([name]) => ({
          entityRef: `component:default/${name}`,
          lastRunAt: '',
        }))
        .filter(due => !after || due.entityRef > after.entityRef)
        .slice(0, limit),
    evaluated: (name: string) => lastRun.set(name, clock++),
  };
}

async function scheduled(
  names: string[],
  refresh: (e: Entity) => Promise<boolean>,
  yieldTo?: { whenIdle(maxWaitMs: number): Promise<void> },
) {
  const scheduler = mockServices.scheduler.mock();
  const logger = mockServices.logger.mock();
  const queue = evidenceQueue(names);
  await scheduleEvidenceRefresh({
    scheduler,
    logger,
    auth: mockServices.auth(),
    catalog: catalogServiceMock({ entities: names.map(component) }),
    evidence: {
      refresh: async entity => {
        const result = await refresh(entity);
        queue.evaluated(entity.metadata.name);
        return result;
      },
    },
    dueEntities: queue.dueEntities,
    evidenceConfig: {
      frequencyMinutes: 30,
      maxAgeMs: 60_000,
      concurrency: 3,
      timeoutMinutes: 30,
    },
    yieldTo,
  });
  const task = scheduler.scheduleTask.mock
    .calls[0][0] as SchedulerServiceTaskInvocationDefinition & {
    frequency: object;
  };
  return { task, logger };
}

describe('scheduleEvidenceRefresh', () => {
  it('evaluates every due entity, several at once, on one scheduler task', async () => {
    let running = 0;
    let most = 0;
    const refreshed: string[] = [];
    const { task, logger } = await scheduled(
      ['a', 'b', 'c', 'd', 'e'],
      async entity => {
        running += 1;
        most = Math.max(most, running);
        await new Promise(resolve => setTimeout(resolve, 10));
        running -= 1;
        refreshed.push(entity.metadata.name);
        return true;
      },
    );
    expect(task.id).toBe('readiness-evidence-refresh');
    expect(task.frequency).toEqual({ minutes: 30 });

    await task.fn(new AbortController().signal);
    expect(refreshed.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(most).toBe(3);
    expect(logger.info).toHaveBeenCalledWith(
      'Checked the readiness evidence of 5 entities',
    );
  });

  it('stops at its time-out; the next run goes on from the oldest instead of starting over', async () => {
    const controller = new AbortController();
    const refreshed: string[] = [];
    const { task } = await scheduled(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      async entity => {
        refreshed.push(entity.metadata.name);
        if (refreshed.length === 2) {
          controller.abort();
        }
        return true;
      },
    );
    await task.fn(controller.signal);
    const first = [...refreshed];
    expect(first.length).toBeLessThan(6);

    await task.fn(new AbortController().signal);
    // Each entity once: the second run took those the first did not reach.
    expect(refreshed.slice(first.length).sort()).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f'].filter(n => !first.includes(n)),
    );
  });

  it('tries each due entity once per run, going past those it leaves due', async () => {
    const names = Array.from(
      { length: 450 },
      (_, i) => `e${String(i).padStart(3, '0')}`,
    );
    const tried: string[] = [];
    const { task, logger } = await scheduled(names, async entity => {
      tried.push(entity.metadata.name);
      if (entity.metadata.name.endsWith('7')) {
        throw new Error('the code host is down');
      }
      return true;
    });
    await task.fn(new AbortController().signal);
    expect(tried.sort()).toEqual(names);
    expect(logger.info).toHaveBeenCalledWith(
      'Checked the readiness evidence of 405 entities',
    );
  });

  it("starts no entity while people's requests are being served, and waits at most a moment", async () => {
    const held: (() => void)[] = [];
    const waits: number[] = [];
    const refreshed: string[] = [];
    const { task } = await scheduled(
      ['a', 'b'],
      async entity => {
        refreshed.push(entity.metadata.name);
        return true;
      },
      {
        whenIdle: maxWaitMs => {
          waits.push(maxWaitMs);
          return new Promise<void>(resolve => held.push(resolve));
        },
      },
    );
    const run = task.fn(new AbortController().signal);
    await new Promise(resolve => setTimeout(resolve, 20));
    expect(refreshed).toEqual([]);
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(1000);

    expect(held).toHaveLength(2);
    held.forEach(release => release());
    await run;
    expect(refreshed.sort()).toEqual(['a', 'b']);
  });
});
