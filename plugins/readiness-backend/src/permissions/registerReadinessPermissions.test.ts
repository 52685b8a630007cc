import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { readinessPermissions } from '@readiness/plugin-readiness-common';
import request from 'supertest';
import { startReadinessBackend } from '../service/__testUtils__/startReadinessBackend';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3'],
  disableDocker: true,
});

describe('registerReadinessPermissions', () => {
  it('registers every permission readiness-common lists, as permission UIs read them', async () => {
    const backend = await startReadinessBackend({
      databases,
      databaseId: 'SQLITE_3',
      entities: [],
    });
    // What the permission backend and RBAC-style policy UIs read from each plugin.
    const res = await request(backend.server)
      .get('/api/readiness/.well-known/backstage/permissions/metadata')
      .set(
        'Authorization',
        mockCredentials.service.header({
          onBehalfOf: mockCredentials.service('plugin:permission'),
          targetPluginId: 'readiness',
        }),
      );
    expect(res.status).toBe(200);
    const registered = (res.body.permissions as { name: string }[])
      .map(p => p.name)
      .sort();
    expect(registered).toEqual(readinessPermissions.map(p => p.name).sort());
    expect(registered).toEqual(
      expect.arrayContaining([
        'readiness.campaign.manage',
        'readiness.exemption.approve',
      ]),
    );
  });
});
