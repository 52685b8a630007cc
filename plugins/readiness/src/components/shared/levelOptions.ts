import {
  NOT_ASSESSED,
  NO_LEVEL,
  ReadinessLevel,
} from '@readiness/plugin-readiness-common';

/** The level choices of catalog views, highest level first, then "no level" and "not assessed". */
export function levelOptions(levels: ReadinessLevel[]) {
  return [
    ...[...levels].reverse().map(l => ({ id: l.id, title: l.title })),
    { id: NO_LEVEL, title: 'No level' },
    { id: NOT_ASSESSED, title: 'Not assessed' },
  ];
}

/** The title of a level id as catalog views show it. */
export function levelTitle(levels: ReadinessLevel[], id: string) {
  return levelOptions(levels).find(o => o.id === id)?.title ?? id;
}
