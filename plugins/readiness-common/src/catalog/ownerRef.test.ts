import { ownerEntityRef } from './ownerRef';

describe('ownerEntityRef', () => {
  it('makes a bare owner a group in the entity namespace, as the catalog does', () => {
    expect(ownerEntityRef('payments')).toBe('group:default/payments');
    expect(ownerEntityRef('payments', 'finance')).toBe(
      'group:finance/payments',
    );
  });

  it('keeps an owner that names its kind or namespace, in lower case', () => {
    expect(ownerEntityRef('user:default/Alice')).toBe('user:default/alice');
    expect(ownerEntityRef('ops/SRE')).toBe('group:ops/sre');
  });
});
