import { SchedulerServiceTaskInvocationDefinition } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { scheduleDailySnapshot } from './scheduleDailySnapshot';

describe('scheduleDailySnapshot', () => {
  it('registers one scheduler task that writes the snapshot and logs what it did', async () => {
    const scheduler = mockServices.scheduler.mock();
    const logger = mockServices.logger.mock();
    const takeDailySnapshot = jest.fn(async () => ({
      day: '2026-11-29',
      written: 20,
      pruned: 3,
    }));
    await scheduleDailySnapshot({
      scheduler,
      logger,
      review: { takeDailySnapshot },
      frequencyMinutes: 60,
    });

    expect(scheduler.scheduleTask).toHaveBeenCalledTimes(1);
    const task = scheduler.scheduleTask.mock
      .calls[0][0] as SchedulerServiceTaskInvocationDefinition & {
      frequency: object;
    };
    // The scheduler runs a task once across replicas; its id is stable.
    expect(task.id).toBe('readiness-daily-snapshot');
    expect(task.frequency).toEqual({ minutes: 60 });

    await task.fn(new AbortController().signal);
    expect(takeDailySnapshot).toHaveBeenCalledTimes(1);
    expect(logger.info).toHaveBeenCalledWith(
      'Readiness snapshot of 2026-11-29: 20 scores written, 3 old rows removed',
    );
  });
});
