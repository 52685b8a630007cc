import { Entity } from '@backstage/catalog-model';
import { Box, Typography } from '@material-ui/core';
import {
  ASSESSMENT_STATE_TITLES,
  automaticScoreNote,
  isAssessed,
  NOT_ASSESSED,
} from '@readiness/plugin-readiness-common';
import { readinessOf } from '../../catalog/entityReadiness';
import { useReadinessSource } from '../../catalog/useReadinessSource';
import { LevelChip } from '../shared/LevelChip';

/** Level and score of one catalog row; the data is shared by every row of the page. */
export function ReadinessScoreCell(props: { entity: Entity }) {
  const { value } = useReadinessSource();
  if (!value) {
    return null;
  }
  const readiness = readinessOf(props.entity, value.source);
  if (!readiness) {
    return (
      <Typography variant="body2" color="textSecondary">
        –
      </Typography>
    );
  }
  if (!isAssessed(readiness.assessment)) {
    // Nobody answered: a score from automatic answers alone is not the team's, so it comes second.
    const note = automaticScoreNote(readiness.score);
    return (
      <Box
        data-readiness-assessment={readiness.assessment}
        title={ASSESSMENT_STATE_TITLES[readiness.assessment]}
      >
        <Typography variant="body2" color="textSecondary">
          {NOT_ASSESSED}
        </Typography>
        {note && (
          <Typography variant="caption" color="textSecondary" component="div">
            {note}
          </Typography>
        )}
      </Box>
    );
  }
  return (
    <Box
      display="flex"
      alignItems="center"
      data-readiness-level={readiness.level}
      data-readiness-assessment={readiness.assessment}
      title={ASSESSMENT_STATE_TITLES[readiness.assessment]}
    >
      <LevelChip
        levelId={readiness.level}
        levels={value.levels}
        size="small"
        detail={readiness.score === null ? undefined : `${readiness.score}%`}
      />
    </Box>
  );
}
