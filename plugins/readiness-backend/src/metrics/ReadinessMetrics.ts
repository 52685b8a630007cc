import { MetricsService } from '@backstage/backend-plugin-api/alpha';
import { ScoreChangeCause } from '../domain/ScoreChange';

/** Who changed answers, as the `readiness.actor.type` attribute says. */
export type ReadinessActorType = 'user' | 'service';

/**
 * What the plugin measures, so a platform team can alert on it. Every instrument is created
 * here, named by OpenTelemetry's conventions (a `readiness.` namespace, dotted lower-case
 * names, durations in seconds, counts with a `{thing}` unit); docs/metrics.md lists them.
 */
export interface ReadinessMetrics {
  /** Answers a person or service wrote or cleared (one per question). */
  answersChanged(
    count: number,
    attributes: {
      operation: 'write' | 'clear';
      actorType: ReadinessActorType;
    },
  ): void;
  /** A write refused because the answer changed since the writer read it. */
  answerConflict(): void;
  /** Stored scores recomputed and committed, by what caused it. */
  scoresRecomputed(count: number, cause: ScoreChangeCause): void;
  /**
   * Runs a background task and records how long it took and whether it failed; `task` is its
   * scheduler id without the `readiness-` prefix (`catalog-reconcile`, `daily-snapshot`).
   */
  timeTask<T>(task: string, run: () => Promise<T>): Promise<T>;
  /** Runs a review report request and records how long it took. */
  timeReport<T>(groupBy: string, run: () => Promise<T>): Promise<T>;
}

/** The metric names, one place for the code, the tests and docs/metrics.md. */
export const READINESS_METRIC_NAMES = {
  answersChanged: 'readiness.answer.changes',
  answerConflicts: 'readiness.answer.conflicts',
  scoresRecomputed: 'readiness.score.recomputations',
  taskDuration: 'readiness.task.duration',
  reportDuration: 'readiness.report.duration',
} as const;

const seconds = (startedAt: bigint) =>
  Number(process.hrtime.bigint() - startedAt) / 1e9;

/** Durations from 5 ms to 10 minutes: reports take milliseconds, a reconcile of 100,000 minutes. */
const DURATION_BUCKETS = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300,
  600,
];

/** The readiness metrics on Backstage's metrics service (OpenTelemetry underneath). */
export function createReadinessMetrics(
  metrics: MetricsService,
): ReadinessMetrics {
  const changes = metrics.createCounter(READINESS_METRIC_NAMES.answersChanged, {
    description: 'Answers written or cleared by people and services',
    unit: '{answer}',
  });
  const conflicts = metrics.createCounter(
    READINESS_METRIC_NAMES.answerConflicts,
    {
      description:
        'Answer writes refused because the answer changed since it was read',
      unit: '{conflict}',
    },
  );
  const recomputations = metrics.createCounter(
    READINESS_METRIC_NAMES.scoresRecomputed,
    {
      description: 'Stored scores recomputed, by cause',
      unit: '{score}',
    },
  );
  const taskDuration = metrics.createHistogram(
    READINESS_METRIC_NAMES.taskDuration,
    {
      description: 'Duration of the readiness background tasks',
      unit: 's',
      advice: { explicitBucketBoundaries: DURATION_BUCKETS },
    },
  );
  const reportDuration = metrics.createHistogram(
    READINESS_METRIC_NAMES.reportDuration,
    {
      description: 'Duration of review report requests',
      unit: 's',
      advice: { explicitBucketBoundaries: DURATION_BUCKETS },
    },
  );

  /** Runs `run`, recording its duration with `error.type` set when it throws. */
  const timed = async <T>(
    record: (value: number, attributes: Record<string, string>) => void,
    attributes: Record<string, string>,
    run: () => Promise<T>,
  ) => {
    const startedAt = process.hrtime.bigint();
    try {
      const result = await run();
      record(seconds(startedAt), attributes);
      return result;
    } catch (error) {
      record(seconds(startedAt), {
        ...attributes,
        'error.type': (error as Error)?.name ?? 'Error',
      });
      throw error;
    }
  };

  return {
    answersChanged(count, { operation, actorType }) {
      changes.add(count, {
        'readiness.operation': operation,
        'readiness.actor.type': actorType,
      });
    },
    answerConflict() {
      conflicts.add(1);
    },
    scoresRecomputed(count, cause) {
      if (count > 0) {
        recomputations.add(count, { 'readiness.cause': cause });
      }
    },
    timeTask(task, run) {
      return timed(
        (value, attributes) => taskDuration.record(value, attributes),
        { 'readiness.task': task },
        run,
      );
    },
    timeReport(groupBy, run) {
      return timed(
        (value, attributes) => reportDuration.record(value, attributes),
        { 'readiness.group_by': groupBy },
        run,
      );
    },
  };
}

/** Measures nothing: for tests and tools that build the domain without a metrics service. */
export const noReadinessMetrics: ReadinessMetrics = {
  answersChanged: () => {},
  answerConflict: () => {},
  scoresRecomputed: () => {},
  timeTask: (_task, run) => run(),
  timeReport: (_groupBy, run) => run(),
};
