import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readinessPlugin } from './plugin';

describe('readinessPlugin', () => {
  it('refuses to start with invalid configuration, naming the key', async () => {
    await expect(
      startTestBackend({
        features: [
          readinessPlugin,
          catalogServiceMock.factory(),
          mockServices.rootConfig.factory({
            data: {
              readiness: {
                levels: [{ id: 'top', title: 'Top', minScore: 200 }],
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      'readiness.levels[0].minScore must be between 0 and 100, got 200',
    );
  });
});
