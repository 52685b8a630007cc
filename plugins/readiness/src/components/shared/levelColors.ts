/** Chart colours of the default levels; other level ids get the fallback palette in order. */
const KNOWN: Record<string, string> = {
  none: '#9e9e9e',
  bronze: '#b0713a',
  silver: '#7d8fa3',
  gold: '#d4a017',
};
const FALLBACK = ['#1f77b4', '#2ca02c', '#9467bd', '#17becf', '#e377c2'];

export function levelColor(id: string, index: number): string {
  return KNOWN[id] ?? FALLBACK[index % FALLBACK.length];
}

/** Red (0) to amber (50) to green (100), for heat map cells and bars. */
export function scoreColor(score: number | null): string {
  if (score === null) {
    return 'transparent';
  }
  const hue = Math.round((Math.max(0, Math.min(100, score)) / 100) * 120);
  return `hsl(${hue}, 65%, 82%)`;
}
