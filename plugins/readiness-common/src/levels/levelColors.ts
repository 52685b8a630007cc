import { NO_LEVEL } from '../catalog/catalogLabels';
import { ReadinessLevel } from '../types';

/**
 * The colour of "no level yet" on chips and charts.
 *
 * @public
 */
export const NO_LEVEL_COLOR = '#757575';

// Levels without a configured colour: the built-in ids keep their metal, others take these in
// order of their position.
const BY_ID: Record<string, string> = {
  bronze: '#8c5523',
  silver: '#5e6e80',
  gold: '#e0b01a',
  platinum: '#3d6e70',
};
const PALETTE = ['#1565c0', '#2e7d32', '#6a1b9a', '#00838f', '#ad1457'];

/**
 * The one colour of a level id on every surface (tab, card, catalog column, review charts):
 * the configured `color`, else the built-in colour of its id, else a palette colour by position.
 *
 * @public
 */
export function levelColor(levels: ReadinessLevel[], id: string): string {
  if (id === NO_LEVEL) {
    return NO_LEVEL_COLOR;
  }
  const index = levels.findIndex(l => l.id === id);
  const level = levels[index];
  return (
    level?.color ??
    BY_ID[id] ??
    PALETTE[(index < 0 ? levels.length : index) % PALETTE.length]
  );
}

const channel = (hex: string, at: number) => {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
function luminance(hex: string): number {
  return (
    0.2126 * channel(hex, 1) +
    0.7152 * channel(hex, 3) +
    0.0722 * channel(hex, 5)
  );
}

/**
 * The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21.
 *
 * @public
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Black or white, whichever reads better on a background: labels on level chips stay legible
 * whatever colour a level is configured with.
 *
 * @public
 */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >=
    contrastRatio(background, '#ffffff')
    ? '#000000'
    : '#ffffff';
}
