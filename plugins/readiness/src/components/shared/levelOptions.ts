import {
  ASSESSMENT_STATE_TITLES,
  ASSESSMENT_STATES,
  NO_LEVEL,
  NO_LEVEL_TITLE,
  ReadinessLevel,
} from '@readiness/plugin-readiness-common';

/** The level choices of catalog views, highest level first, then "no level". */
export function levelOptions(levels: ReadinessLevel[]) {
  return [
    ...[...levels].reverse().map(l => ({ id: l.id, title: l.title })),
    { id: NO_LEVEL, title: NO_LEVEL_TITLE },
  ];
}

/** The assessment-state choices of catalog views, least assessed first. */
export const assessmentOptions = ASSESSMENT_STATES.map(id => ({
  id,
  title: ASSESSMENT_STATE_TITLES[id],
}));

/** The title of a level id as catalog views show it. */
export function levelTitle(levels: ReadinessLevel[], id: string) {
  return levelOptions(levels).find(o => o.id === id)?.title ?? id;
}
