import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef, useEntity } from '@backstage/plugin-catalog-react';
import {
  Box,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import {
  automaticScoreNote,
  describeReadinessCounts,
  readinessCounts,
  isAssessed,
  NOT_ASSESSED,
  rankGaps,
} from '@readiness/plugin-readiness-common';
import { useEntityReadiness } from '../../hooks/useEntityReadiness';
import { GAP_LABEL } from '../shared/answerLabels';
import { LevelChip } from '../shared/LevelChip';
import { assessmentTitle } from '../shared/assessmentTitle';
import { QUESTION_PARAM } from '../shared/questionLink';
import { EntityCampaigns } from '../EntityCampaigns';
import { ScoreGauge } from '../shared/ScoreGauge';

const useStyles = makeStyles({
  // Long questions end in an ellipsis; the full text is in the link's title.
  gap: {
    display: 'block',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
});

/**
 * Overview card: the entity's readiness score and level, and its three most valuable gaps, each
 * a link to its question on the Readiness tab.
 *
 * @public
 */
export function EntityReadinessCard(props: {
  /** Path of the Readiness tab on the entity page; `readiness` unless you mounted it elsewhere. */
  tabPath?: string;
}) {
  const classes = useStyles();
  const { entity } = useEntity();
  const entityLink = useRouteRef(entityRouteRef);
  const { readiness, loading, error } = useEntityReadiness(
    stringifyEntityRef(entity),
  );
  const tabLink = `${entityLink({
    kind: entity.kind.toLocaleLowerCase('en-US'),
    namespace:
      entity.metadata.namespace?.toLocaleLowerCase('en-US') ?? 'default',
    name: entity.metadata.name,
  })}/${props.tabPath ?? 'readiness'}`;

  if (loading && !readiness) {
    return (
      <InfoCard title="Readiness">
        <Progress />
      </InfoCard>
    );
  }
  if (error) {
    return (
      <ResponseErrorPanel error={error} title="Could not load readiness" />
    );
  }
  if (!readiness?.checklist || !readiness.result) {
    return (
      <InfoCard title="Readiness">
        <EmptyState
          missing="info"
          title="No checklist applies"
          description={readiness?.reason}
        />
      </InfoCard>
    );
  }

  const { result } = readiness;
  const gaps = rankGaps(readiness.checklist, result, readiness.answers).slice(
    0,
    3,
  );

  return (
    <div data-readiness-surface="card">
      <InfoCard
        title="Readiness"
        deepLink={{ title: 'Open the checklist', link: tabLink }}
      >
        <Box display="flex" alignItems="center">
          {isAssessed(readiness.assessment) ? (
            <Box
              width={120}
              mr={2}
              role="img"
              aria-label={
                result.score === null
                  ? 'Readiness score: no applicable questions'
                  : `Readiness score ${result.score}%`
              }
            >
              <ScoreGauge score={result.score} size={110} />
            </Box>
          ) : null}
          <Box>
            {isAssessed(readiness.assessment) ? (
              <LevelChip
                levelId={result.level?.id ?? null}
                levels={readiness.levels}
              />
            ) : (
              // Nobody answered: no gauge that reads like the team's score.
              <>
                <Typography variant="h6" component="p">
                  {NOT_ASSESSED}
                </Typography>
                <Typography variant="body2" color="textSecondary">
                  {automaticScoreNote(result.score)}
                </Typography>
              </>
            )}
            <Typography variant="body2" color="textSecondary">
              {assessmentTitle(readiness.assessment)} ·{' '}
              {describeReadinessCounts(
                readinessCounts(
                  readiness.checklist.sections.flatMap(s =>
                    s.questions.map(q => q.id),
                  ),
                  new Map(readiness.answers.map(a => [a.questionId, a])),
                ),
              )}
            </Typography>
          </Box>
        </Box>
        {gaps.length > 0 ? (
          <>
            <Typography variant="subtitle2" component="h3">
              Top gaps
            </Typography>
            <List dense aria-label="Top gaps" disablePadding>
              {gaps.map(gap => (
                <ListItem key={gap.question.id} disableGutters>
                  <ListItemText
                    primaryTypographyProps={{ component: 'div' }}
                    primary={
                      <Link
                        to={`${tabLink}?${QUESTION_PARAM}=${encodeURIComponent(
                          gap.question.id,
                        )}`}
                        title={gap.question.text}
                        className={classes.gap}
                      >
                        {gap.question.text}
                      </Link>
                    }
                    secondary={
                      gap.blocksNextLevel && result.nextLevel
                        ? `${GAP_LABEL[gap.reason]} · required for ${
                            result.nextLevel.level.title
                          }`
                        : GAP_LABEL[gap.reason]
                    }
                  />
                </ListItem>
              ))}
            </List>
          </>
        ) : (
          <Typography variant="body2">No open items. Well done.</Typography>
        )}
        <Box mt={1}>
          <EntityCampaigns
            entityRef={stringifyEntityRef(entity)}
            readiness={readiness}
            variant="card"
          />
        </Box>
      </InfoCard>
    </div>
  );
}
