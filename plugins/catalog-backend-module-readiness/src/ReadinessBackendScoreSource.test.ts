import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import readinessBackend from '@readiness/plugin-readiness-backend';
import { readinessClientForService } from '@readiness/plugin-readiness-node';
import { ReadinessBackendScoreSource } from './ReadinessBackendScoreSource';

jest.setTimeout(60_000);

describe('ReadinessBackendScoreSource', () => {
  it('reads checklist targets and scores from the real Readiness backend', async () => {
    const { server } = await startTestBackend({
      features: [
        readinessBackend,
        catalogServiceMock.factory({
          entities: [
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Component',
              metadata: { name: 'payments', namespace: 'default' },
              spec: { type: 'service', owner: 'team-a' },
            },
          ],
        }),
      ],
    });
    const baseUrl = `http://localhost:${server.port()}/api/readiness`;
    const source = new ReadinessBackendScoreSource(
      readinessClientForService({
        discovery: {
          getBaseUrl: async () => baseUrl,
          getExternalBaseUrl: async () => baseUrl,
        },
        auth: mockServices.auth(),
      }),
    );

    expect(await source.getChecklistTargets()).toEqual([
      [{ kind: 'Component' }],
    ]);
    expect(await source.getScores({})).toEqual([]);

    const before = new Date().toISOString();
    const write = await fetch(
      `${baseUrl}/entities/component/default/payments/answers/communication.team`,
      {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/json',
          Authorization: 'Bearer mock-user-token',
        },
        body: JSON.stringify({
          checklistId: 'backend-project',
          status: 'yes',
          expectedVersion: 0,
        }),
      },
    );
    expect(write.status).toBe(200);

    const all = await source.getScores({});
    expect(all).toEqual([
      {
        entityRef: 'component:default/payments',
        level: null,
        score: expect.any(Number),
        assessment: 'assessed',
      },
    ]);
    expect(await source.getScores({ scoredSince: before })).toEqual(all);
    expect(
      await source.getScores({
        scoredSince: new Date(Date.now() + 60_000).toISOString(),
      }),
    ).toEqual([]);
  });
});
