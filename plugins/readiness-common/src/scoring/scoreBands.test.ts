import { SCORE_BANDS, scoreBandOf } from './scoreBands';

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
});
