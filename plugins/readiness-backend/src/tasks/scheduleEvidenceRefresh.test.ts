import { SchedulerServiceTaskInvocationDefinition } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
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
    const refreshed: string[] = [];
    const refresh = async (entity: Entity) => {
      refreshed.push(entity.metadata.name);
      return true;
    };
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
      evidence: { refresh },
      kinds: ['Component'],
      frequencyMinutes: 30,
    });

    const task = scheduler.scheduleTask.mock
      .calls[0][0] as SchedulerServiceTaskInvocationDefinition & {
      frequency: object;
    };
    expect(task.id).toBe('readiness-evidence-refresh');
    expect(task.frequency).toEqual({ minutes: 30 });

    await task.fn(new AbortController().signal);
    expect(refreshed).toEqual(['a', 'b']);
    expect(logger.info).toHaveBeenCalledWith(
      'Checked the readiness evidence of 2 entities',
    );
  });
});
