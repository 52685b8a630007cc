import { SchedulerService } from '@backstage/backend-plugin-api';
import { ReadinessMetrics } from './ReadinessMetrics';

/**
 * The scheduler, with every task the plugin schedules timed by {@link ReadinessMetrics.timeTask}:
 * one place measures all background work, named after each task's id.
 */
export function timedScheduler(
  scheduler: SchedulerService,
  metrics: ReadinessMetrics,
): SchedulerService {
  const scheduleTask: SchedulerService['scheduleTask'] = task =>
    scheduler.scheduleTask({
      ...task,
      fn: abort =>
        metrics.timeTask(task.id.replace(/^readiness-/, ''), async () =>
          task.fn(abort),
        ),
    });
  return {
    scheduleTask,
    createScheduledTaskRunner: schedule => ({
      run: task => scheduleTask({ ...task, ...schedule }),
    }),
    triggerTask: id => scheduler.triggerTask(id),
    cancelTask: id => scheduler.cancelTask(id),
    getScheduledTasks: () => scheduler.getScheduledTasks(),
  };
}
