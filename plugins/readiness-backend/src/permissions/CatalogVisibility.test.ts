import { PermissionsService } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogReader } from '../service/CatalogReader';
import { CatalogVisibility } from './CatalogVisibility';

const component = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: {},
});
const refs = ['a', 'b', 'c'].map(n => `component:default/${n}`);

function setup(result: AuthorizeResult) {
  const catalog = catalogServiceMock({
    entities: [component('a'), component('c')],
  });
  const byRefs = jest.spyOn(catalog, 'getEntitiesByRefs');
  const query = jest.spyOn(catalog, 'queryEntities');
  const permissions = mockServices.permissions.mock({
    authorizeConditional: async requests =>
      requests.map(() =>
        result === AuthorizeResult.CONDITIONAL
          ? {
              result,
              pluginId: 'catalog',
              resourceType: 'catalog-entity',
              conditions: {
                rule: 'IS_ENTITY_OWNER',
                resourceType: 'catalog-entity',
                params: {},
              },
            }
          : { result },
      ) as Awaited<ReturnType<PermissionsService['authorizeConditional']>>,
  });
  const visibility = new CatalogVisibility({
    permissions,
    catalog,
    reader: new CatalogReader({ catalog, auth: mockServices.auth() }),
  });
  return { visibility, byRefs, query };
}

describe('CatalogVisibility', () => {
  const credentials = mockCredentials.user('user:default/mallory');

  it('asks the catalog nothing when the caller may read every entity', async () => {
    const { visibility, byRefs, query } = setup(AuthorizeResult.ALLOW);
    const scope = await visibility.scopeFor(credentials);
    expect(scope).toEqual({ kind: 'all' });
    expect([...(await visibility.visibleAmong(scope, refs))]).toEqual(refs);
    expect(await visibility.listVisible(scope, ['Component'])).toBeUndefined();
    expect(byRefs).not.toHaveBeenCalled();
    expect(query).not.toHaveBeenCalled();
  });

  it("checks a page of scores with one catalog request, with the caller's credentials", async () => {
    const { visibility, byRefs } = setup(AuthorizeResult.CONDITIONAL);
    const scope = await visibility.scopeFor(credentials);
    const visible = await visibility.visibleAmong(scope, refs);
    expect([...visible].sort()).toEqual([
      'component:default/a',
      'component:default/c',
    ]);
    expect(byRefs).toHaveBeenCalledTimes(1);
    expect(byRefs.mock.calls[0][1]).toEqual({ credentials });
    expect(await visibility.listVisible(scope, ['Component'])).toEqual([
      'component:default/a',
      'component:default/c',
    ]);
  });
});
