import {
  DEFAULT_LEVELS,
  defaultChecklist,
} from '@readiness/plugin-readiness-common';
import { checklistHash } from './ScoreCalculator';

describe('checklistHash', () => {
  it('changes with a threshold but not with a colour, so recolouring rescores nothing', () => {
    const base = checklistHash(defaultChecklist, DEFAULT_LEVELS);
    const recoloured = DEFAULT_LEVELS.map(l => ({ ...l, color: '#123456' }));
    const raised = DEFAULT_LEVELS.map(l => ({
      ...l,
      minScore: l.minScore + 1,
    }));
    expect(checklistHash(defaultChecklist, recoloured)).toBe(base);
    expect(checklistHash(defaultChecklist, raised)).not.toBe(base);
  });
});
