import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { ReadinessLevel } from '@readiness/plugin-readiness-common';
import { LevelChip } from './LevelChip';

const levels: ReadinessLevel[] = [
  { id: 'bronze', title: 'Bronze', minScore: 40 },
  { id: 'gold', title: 'Gold', minScore: 90, color: '#123456' },
];

describe('LevelChip', () => {
  it('fills a level with its configured colour and a readable label', async () => {
    await renderInTestApp(<LevelChip levelId="gold" levels={levels} />);
    const chip = screen.getByText('Gold').closest('[data-level]');
    expect(chip).toHaveAttribute('data-level', 'gold');
    // A dark colour gets a white label.
    expect(chip).toHaveStyle({
      backgroundColor: '#123456',
      color: '#ffffff',
    });
  });

  it('keeps the built-in colour of a level without one', async () => {
    await renderInTestApp(<LevelChip levelId="bronze" levels={levels} />);
    expect(screen.getByText('Bronze').closest('[data-level]')).toHaveStyle({
      backgroundColor: '#8c5523',
    });
  });

  it('shows no level as an outline, with the score alone in the compact form', async () => {
    await renderInTestApp(
      <>
        <LevelChip levelId="none" levels={levels} />
        <LevelChip levelId={null} levels={levels} detail="12%" />
      </>,
    );
    expect(screen.getByText('No level yet')).toBeInTheDocument();
    expect(screen.getByTitle('No level yet')).toHaveTextContent('12%');
  });
});
