import {
  SchedulerService,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import { metricsServiceFactory } from '@backstage/backend-defaults/alpha';
import { mockServices } from '@backstage/backend-test-utils';
import { metrics } from '@opentelemetry/api';
import {
  DataPoint,
  Histogram,
  MeterProvider,
  MetricReader,
} from '@opentelemetry/sdk-metrics';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { bothDatabases } from '../__testUtils__/bothDatabases';
import {
  asService,
  asUser,
  ReadinessTestBackend,
  startReadinessBackend,
  testEntity,
} from '../service/__testUtils__/startReadinessBackend';
import { testPermissionsFactory } from '../service/__testUtils__/testPermissions';
import { READINESS_METRIC_NAMES } from './ReadinessMetrics';

jest.setTimeout(60_000);

const databases = bothDatabases();

/** Collects on demand: what an exporter (Prometheus, OTLP) would be handed. */
class CollectingReader extends MetricReader {
  protected async onForceFlush() {}
  protected async onShutdown() {}
}

const ENTITY = '/api/readiness/entities/component/default/payments';
const ALICE = 'user:default/alice';

/**
 * The plugin's metrics as a platform team's exporter sees them: the real metrics service of
 * `@backstage/backend-defaults` on a real OpenTelemetry meter provider.
 */
describe.each(databases.eachSupportedId())(
  'readiness metrics (%s)',
  databaseId => {
    let backend: ReadinessTestBackend;
    let reader: CollectingReader;
    // A MockSchedulerService, whose type is not exported: it installs itself with factory(), and
    // triggerTask runs a task and waits for it.
    const scheduler = mockServices.scheduler() as SchedulerService & {
      factory(options: { skipTaskRunOnStartup: boolean }): ServiceFactory;
    };

    /** Every data point of the named metric, with its attributes. */
    const points = async (name: string) => {
      const { resourceMetrics } = await reader.collect();
      const metric = resourceMetrics.scopeMetrics
        .filter(s => s.scope.name === 'backstage-plugin-readiness')
        .flatMap(s => s.metrics)
        .find(m => m.descriptor.name === name);
      return {
        unit: metric?.descriptor.unit,
        points: (metric?.dataPoints ?? []) as DataPoint<number | Histogram>[],
      };
    };
    const counted = async (name: string) =>
      (await points(name)).points.map(p => ({
        attributes: p.attributes,
        value: p.value,
      }));
    const timings = async (name: string) =>
      (await points(name)).points.map(p => ({
        attributes: p.attributes,
        count: (p.value as Histogram).count,
        sum: (p.value as Histogram).sum,
      }));

    beforeAll(async () => {
      reader = new CollectingReader();
      metrics.disable();
      metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
      backend = await startReadinessBackend({
        databases,
        databaseId,
        entities: [testEntity('Component', 'payments', { type: 'service' })],
        config: {
          permissions: { serviceWriters: ['plugin:importer'] },
        },
        extraFeatures: [
          metricsServiceFactory,
          scheduler.factory({ skipTaskRunOnStartup: true }),
          testPermissionsFactory({
            'user:default/mallory': {
              'readiness.report.read': AuthorizeResult.DENY,
            },
          }),
        ],
      });
    });

    afterAll(() => metrics.disable());

    it('counts answers written and cleared, by operation and actor type, and conflicts', async () => {
      const write = (auth: string, answers: object[]) =>
        request(backend.server)
          .post(`${ENTITY}/answers`)
          .set('Authorization', auth)
          .send({ checklistId: 'backend-project', answers });
      expect(
        (
          await write(asUser(ALICE), [
            {
              questionId: 'software-quality.ci',
              status: 'yes',
              expectedVersion: 0,
            },
            {
              questionId: 'communication.team',
              status: 'no',
              expectedVersion: 0,
            },
          ])
        ).status,
      ).toBe(200);
      expect(
        (
          await write(asService('plugin:importer'), [
            {
              questionId: 'communication.channels',
              status: 'yes',
              expectedVersion: 0,
            },
          ])
        ).status,
      ).toBe(200);
      // Based on version 0 of an answer now at version 1.
      expect(
        (
          await write(asUser(ALICE), [
            {
              questionId: 'communication.team',
              status: 'yes',
              expectedVersion: 0,
            },
          ])
        ).status,
      ).toBe(409);
      expect(
        (
          await request(backend.server)
            .delete(`${ENTITY}/answers/communication.team?expectedVersion=1`)
            .set('Authorization', asUser(ALICE))
        ).status,
      ).toBe(200);

      expect((await points(READINESS_METRIC_NAMES.answersChanged)).unit).toBe(
        '{answer}',
      );
      expect(await counted(READINESS_METRIC_NAMES.answersChanged)).toEqual(
        expect.arrayContaining([
          {
            attributes: {
              'readiness.operation': 'write',
              'readiness.actor.type': 'user',
            },
            value: 2,
          },
          {
            attributes: {
              'readiness.operation': 'write',
              'readiness.actor.type': 'service',
            },
            value: 1,
          },
          {
            attributes: {
              'readiness.operation': 'clear',
              'readiness.actor.type': 'user',
            },
            value: 1,
          },
        ]),
      );
      expect(await counted(READINESS_METRIC_NAMES.answerConflicts)).toEqual([
        { attributes: {}, value: 1 },
      ]);
      // One rescore per committed change: two writes and a clear; the conflict stored nothing.
      expect(await counted(READINESS_METRIC_NAMES.scoresRecomputed)).toEqual([
        { attributes: { 'readiness.cause': 'person' }, value: 3 },
      ]);
    });

    it('times the reconcile and snapshot tasks, named after their task ids', async () => {
      await scheduler.triggerTask('readiness-catalog-reconcile');
      await scheduler.triggerTask('readiness-daily-snapshot');

      expect((await points(READINESS_METRIC_NAMES.taskDuration)).unit).toBe(
        's',
      );
      const tasks = await timings(READINESS_METRIC_NAMES.taskDuration);
      expect(tasks).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            attributes: { 'readiness.task': 'catalog-reconcile' },
            count: 1,
          }),
          expect.objectContaining({
            attributes: { 'readiness.task': 'daily-snapshot' },
            count: 1,
          }),
        ]),
      );
      for (const task of tasks) {
        expect(task.sum).toBeGreaterThan(0);
        expect(task.sum).toBeLessThan(30);
      }
    });

    it('times report requests by grouping, and marks the refused ones with error.type', async () => {
      const report = (who: string) =>
        request(backend.server)
          .get('/api/readiness/report?groupBy=owner')
          .set('Authorization', asUser(who));
      expect((await report(ALICE)).status).toBe(200);
      expect((await report('user:default/mallory')).status).toBe(403);

      expect(await timings(READINESS_METRIC_NAMES.reportDuration)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            attributes: { 'readiness.group_by': 'owner' },
            count: 1,
          }),
          expect.objectContaining({
            attributes: {
              'readiness.group_by': 'owner',
              'error.type': 'NotAllowedError',
            },
            count: 1,
          }),
        ]),
      );
    });
  },
);
