import { Checklist } from '../types';
import { selectChecklist } from './selectChecklist';

const checklist = (id: string, appliesTo: Checklist['appliesTo']) => ({
  id,
  title: id,
  appliesTo,
  sections: [],
});

describe('selectChecklist', () => {
  const services = checklist('services', [
    { kind: 'Component', types: ['service'] },
  ]);
  const components = checklist('components', [{ kind: 'component' }]);
  const apis = checklist('apis', [{ kind: 'API' }]);

  it('returns the first checklist matching kind and type, in order', () => {
    const all = [services, components, apis];
    expect(
      selectChecklist(all, { kind: 'Component', spec: { type: 'service' } })
        ?.id,
    ).toBe('services');
    expect(
      selectChecklist(all, { kind: 'Component', spec: { type: 'website' } })
        ?.id,
    ).toBe('components');
    expect(selectChecklist(all, { kind: 'api', spec: {} })?.id).toBe('apis');
  });

  it('requires a string spec.type when types are listed', () => {
    expect(selectChecklist([services], { kind: 'Component' })).toBeUndefined();
    expect(
      selectChecklist([services], { kind: 'Component', spec: { type: 3 } }),
    ).toBeUndefined();
  });

  it('returns undefined when nothing applies', () => {
    expect(
      selectChecklist([services, apis], { kind: 'Group' }),
    ).toBeUndefined();
  });
});
