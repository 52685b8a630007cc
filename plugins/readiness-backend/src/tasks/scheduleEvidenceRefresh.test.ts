import { SchedulerServiceTaskInvocationDefinition } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readReadinessConfig } from '../config/readReadinessConfig';
import { ReadinessService } from '../service/ReadinessService';
import { scheduleEvidenceRefresh } from './scheduleEvidenceRefresh';

const component = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service' },
});

describe('scheduleEvidenceRefresh', () => {
  it('walks every catalog entity a checklist applies to, on one scheduler task', async () => {
    const scheduler = mockServices.scheduler.mock();
    const logger = mockServices.logger.mock();
    const refreshEvidence = jest.fn(async () => {});
    await scheduleEvidenceRefresh({
      scheduler,
      logger,
      auth: mockServices.auth(),
      catalog: catalogServiceMock({
        entities: [
          component('a'),
          component('b'),
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Group',
            metadata: { name: 'team', namespace: 'default' },
            spec: { type: 'team', children: [] },
          },
        ],
      }),
      service: { refreshEvidence } as unknown as ReadinessService,
      config: readReadinessConfig(
        new ConfigReader({ readiness: { evidence: { frequencyMinutes: 30 } } }),
      ),
    });

    const task = scheduler.scheduleTask.mock
      .calls[0][0] as SchedulerServiceTaskInvocationDefinition & {
      frequency: object;
    };
    expect(task.id).toBe('readiness-evidence-refresh');
    expect(task.frequency).toEqual({ minutes: 30 });

    await task.fn(new AbortController().signal);
    expect(
      refreshEvidence.mock.calls.map(
        call =>
          (call as unknown as [{ metadata: { name: string } }])[0].metadata
            .name,
      ),
    ).toEqual(['a', 'b']);
    expect(logger.info).toHaveBeenCalledWith(
      'Checked the readiness evidence of 2 entities',
    );
  });
});
