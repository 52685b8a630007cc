import { InputError } from '@backstage/errors';
import { ReadinessLevel } from '@readiness/plugin-readiness-common';

/**
 * The configured level an assistant named, by id or title in any case; an InputError (400)
 * listing the levels otherwise.
 */
export function findLevel(levels: ReadinessLevel[], name: string) {
  const wanted = name.trim().toLocaleLowerCase('en-US');
  const level = levels.find(
    l =>
      l.id.toLocaleLowerCase('en-US') === wanted ||
      l.title.toLocaleLowerCase('en-US') === wanted,
  );
  if (!level) {
    throw new InputError(
      `There is no readiness level "${name}"; the levels are ${levels
        .map(l => l.title)
        .join(', ')}`,
    );
  }
  return level;
}

/** The ids of the levels below `level`, and `none` for entities below the first level. */
export function levelIdsBelow(levels: ReadinessLevel[], level: ReadinessLevel) {
  return [
    'none',
    ...levels.filter(l => l.minScore < level.minScore).map(l => l.id),
  ];
}
