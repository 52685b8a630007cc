import { InfoCard } from '@backstage/core-components';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import { Box, Grid, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import {
  AssessmentState,
  Checklist,
  describeReadinessCounts,
  ReadinessAccess,
  ReadinessCounts,
  ReadinessLevel,
  ReadinessResult,
} from '@readiness/plugin-readiness-common';
import { assessmentTitle } from '../shared/assessmentTitle';
import { LevelChip } from '../shared/LevelChip';
import { ScoreGauge } from '../shared/ScoreGauge';

function questionText(checklist: Checklist, questionId: string) {
  for (const section of checklist.sections) {
    const question = section.questions.find(q => q.id === questionId);
    if (question) {
      return question.text;
    }
  }
  return questionId;
}

/** The header of the tab: score, level, counts, and what the next level still needs. */
export function ReadinessSummary(props: {
  checklist: Checklist;
  result: ReadinessResult;
  access: ReadinessAccess;
  levels: ReadinessLevel[];
  assessment?: AssessmentState;
  counts: ReadinessCounts;
}) {
  const { checklist, result, access, levels } = props;
  const next = result.nextLevel;
  return (
    <InfoCard title={checklist.title} subheader={checklist.description}>
      <Grid container spacing={3} alignItems="center">
        <Grid item xs={12} sm={4} md={3}>
          <Box
            role="img"
            display="flex"
            justifyContent="center"
            aria-label={
              result.score === null
                ? 'Readiness score: no applicable questions'
                : `Readiness score ${result.score}%`
            }
          >
            <ScoreGauge score={result.score} size={180} />
          </Box>
        </Grid>
        <Grid item xs={12} sm={8} md={9}>
          <Box display="flex" alignItems="center" mb={1}>
            <Box mr={1}>
              <Typography variant="h6" component="p">
                Level
              </Typography>
            </Box>
            <LevelChip levelId={result.level?.id ?? null} levels={levels} />
          </Box>
          <Typography variant="body1" data-testid="readiness-counts">
            {assessmentTitle(props.assessment)} ·{' '}
            {describeReadinessCounts(props.counts)}
          </Typography>
          {next ? (
            <Box mt={1}>
              <Typography variant="body2" color="textSecondary">
                Next level: <strong>{next.level.title}</strong>
                {next.pointsNeeded > 0
                  ? ` needs ${next.pointsNeeded} more points`
                  : ' is within reach of your score'}
                {next.missingRequired.length > 0 &&
                  ' and a fresh Yes on these required items:'}
              </Typography>
              {next.missingRequired.length > 0 && (
                <ul aria-label={`Required for ${next.level.title}`}>
                  {next.missingRequired.map(id => (
                    <li key={id}>
                      <Typography variant="body2">
                        {questionText(checklist, id)}
                      </Typography>
                    </li>
                  ))}
                </ul>
              )}
            </Box>
          ) : (
            <Typography variant="body2" color="textSecondary">
              Highest level reached.
            </Typography>
          )}
        </Grid>
        {!access.canEdit && (
          <Grid item xs={12}>
            <Alert severity="info">
              You can read this checklist but not change it.{' '}
              {access.owners.length > 0 ? (
                <>
                  Answers are kept by{' '}
                  <EntityRefLinks entityRefs={access.owners} hideIcons />. Ask
                  them to update it.
                </>
              ) : (
                'Answers are kept by the owner; ask them to update it.'
              )}
            </Alert>
          </Grid>
        )}
      </Grid>
    </InfoCard>
  );
}
