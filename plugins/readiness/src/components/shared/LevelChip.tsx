import { Chip } from '@material-ui/core';
import StarIcon from '@material-ui/icons/Star';
import {
  levelColor,
  NO_LEVEL,
  ReadinessLevel,
  textColorOn,
} from '@readiness/plugin-readiness-common';

/**
 * The level an entity reached in its one colour (the same on tab, card, catalog and charts), or
 * a neutral outlined chip when it reached none.
 */
export function LevelChip(props: {
  /** The level reached, by id; `null` or `none` for no level. */
  levelId: string | null;
  /** The configured levels, for the title and colour. */
  levels: ReadinessLevel[];
  size?: 'small' | 'medium';
  /**
   * Shown after the title, as in the catalog column's "Gold · 98.8%"; without a level, alone in
   * an outlined chip.
   */
  detail?: string;
}) {
  const { levelId, levels, size, detail } = props;
  const suffix = detail ? ` · ${detail}` : '';
  const level = levels.find(l => l.id === levelId);
  if (!levelId || levelId === NO_LEVEL || !level) {
    // With a detail (the catalog's compact cell) the outline alone says "no level".
    return (
      <Chip
        size={size}
        label={detail ?? 'No level yet'}
        title={detail ? 'No level yet' : undefined}
        variant="outlined"
        data-level={NO_LEVEL}
      />
    );
  }
  const background = levelColor(levels, level.id);
  const color = textColorOn(background);
  return (
    <Chip
      size={size}
      icon={<StarIcon style={{ color }} />}
      label={`${level.title}${suffix}`}
      style={{ backgroundColor: background, color }}
      data-level={level.id}
    />
  );
}
