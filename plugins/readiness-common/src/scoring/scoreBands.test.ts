import { SCORE_BANDS, scoreBandOf } from './scoreBands';

/** WCAG contrast ratio of a colour against white. */
function contrastWithWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map(i => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}

describe('score bands', () => {
  it('puts each score in one band of 20 points, edges included', () => {
    expect(scoreBandOf(null)).toBeUndefined();
    expect(scoreBandOf(0)).toBe(SCORE_BANDS[0]);
    expect(scoreBandOf(19.9)).toBe(SCORE_BANDS[0]);
    expect(scoreBandOf(20)).toBe(SCORE_BANDS[1]);
    expect(scoreBandOf(59.9)).toBe(SCORE_BANDS[2]);
    expect(scoreBandOf(60)).toBe(SCORE_BANDS[3]);
    expect(scoreBandOf(80)).toBe(SCORE_BANDS[4]);
    expect(scoreBandOf(100)).toBe(SCORE_BANDS[4]);
  });

  it('gives every band its own fill', () => {
    expect(new Set(SCORE_BANDS.map(b => b.color)).size).toBe(
      SCORE_BANDS.length,
    );
  });

  it('gives every band its own ring colour, visible on white (non-text contrast 3:1 at least)', () => {
    expect(new Set(SCORE_BANDS.map(b => b.stroke)).size).toBe(
      SCORE_BANDS.length,
    );
    for (const band of SCORE_BANDS) {
      expect(contrastWithWhite(band.stroke)).toBeGreaterThanOrEqual(3);
    }
  });
});
