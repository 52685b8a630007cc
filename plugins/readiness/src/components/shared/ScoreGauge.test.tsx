import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { SCORE_BANDS } from '@readiness/plugin-readiness-common';
import { ScoreGauge } from './ScoreGauge';

describe('ScoreGauge', () => {
  it("draws the score's share of the ring in its band's colour, the number inside", async () => {
    await renderInTestApp(<ScoreGauge score={84.5} size={180} />);
    const gauge = screen.getByTestId('score-gauge');
    expect(gauge).toHaveTextContent('84.5%');
    const [, arc] = gauge.querySelectorAll('circle');
    expect(arc).toHaveAttribute('stroke', SCORE_BANDS[4].stroke);
    const [filled, whole] = arc
      .getAttribute('stroke-dasharray')!
      .split(' ')
      .map(Number);
    expect(filled / whole).toBeCloseTo(0.845, 3);
  });

  it('colours a low score as the heat map does', async () => {
    await renderInTestApp(<ScoreGauge score={12} size={110} />);
    const [, arc] = screen
      .getByTestId('score-gauge')
      .querySelectorAll('circle');
    expect(arc).toHaveAttribute('stroke', SCORE_BANDS[0].stroke);
  });

  it('shows N/A and no coloured arc without a score', async () => {
    await renderInTestApp(<ScoreGauge score={null} size={110} />);
    const gauge = screen.getByTestId('score-gauge');
    expect(gauge).toHaveTextContent('N/A');
    expect(gauge.querySelectorAll('circle')).toHaveLength(1);
  });
});
