/** Red (0) to amber (50) to green (100), for heat map cells and bars. */
export function scoreColor(score: number | null): string {
  if (score === null) {
    return 'transparent';
  }
  const hue = Math.round((Math.max(0, Math.min(100, score)) / 100) * 120);
  return `hsl(${hue}, 65%, 82%)`;
}
