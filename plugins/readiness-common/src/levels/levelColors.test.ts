import { DEFAULT_LEVELS } from '../checklist/defaultChecklist';
import { NO_LEVEL } from '../catalog/catalogLabels';
import {
  contrastRatio,
  levelColor,
  NO_LEVEL_COLOR,
  textColorOn,
} from './levelColors';

describe('levelColor', () => {
  it('gives each built-in level its own colour, and none its grey', () => {
    const colors = [NO_LEVEL, ...DEFAULT_LEVELS.map(l => l.id)].map(id =>
      levelColor(DEFAULT_LEVELS, id),
    );
    expect(colors[0]).toBe(NO_LEVEL_COLOR);
    expect(new Set(colors).size).toBe(4);
  });

  it('uses the configured colour of a level', () => {
    const levels = [
      { id: 'bronze', title: 'B', minScore: 10, color: '#123456' },
    ];
    expect(levelColor(levels, 'bronze')).toBe('#123456');
  });

  it('keeps the metal of built-in ids without a configured colour', () => {
    const levels = [{ id: 'gold', title: 'Top', minScore: 50 }];
    expect(levelColor(levels, 'gold')).toBe(levelColor(DEFAULT_LEVELS, 'gold'));
  });

  it('gives other levels distinct palette colours by position', () => {
    const levels = ['a', 'b', 'c'].map((id, i) => ({
      id,
      title: id,
      minScore: i * 10,
    }));
    const colors = levels.map(l => levelColor(levels, l.id));
    expect(new Set(colors).size).toBe(3);
  });
});

describe('textColorOn', () => {
  it('picks a label colour with at least 4.5:1 contrast on every default level colour', () => {
    for (const id of [NO_LEVEL, ...DEFAULT_LEVELS.map(l => l.id)]) {
      const background = levelColor(DEFAULT_LEVELS, id);
      expect(
        contrastRatio(background, textColorOn(background)),
      ).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('puts black on light colours and white on dark ones', () => {
    expect(textColorOn('#ffff00')).toBe('#000000');
    expect(textColorOn('#202020')).toBe('#ffffff');
  });

  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});
