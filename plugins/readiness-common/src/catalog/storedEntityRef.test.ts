import { storedEntityRef } from './storedEntityRef';

describe('storedEntityRef', () => {
  it('gives an entity, its compound ref and its ref in any case the same stored form', () => {
    const entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'Payments-API', namespace: 'Default' },
    };
    const forms = [
      storedEntityRef(entity),
      storedEntityRef({
        kind: 'Component',
        namespace: 'Default',
        name: 'Payments-API',
      }),
      storedEntityRef('Component:Default/Payments-API'),
    ];
    expect(forms).toEqual(Array(3).fill('component:default/payments-api'));
  });
});
