import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  Content,
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  Box,
  Grid,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { ToggleButton, ToggleButtonGroup } from '@material-ui/lab';
import {
  ANSWER_STATUSES,
  AnswerStatus,
  ReadinessAnswer,
} from '@readiness/plugin-readiness-common';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { readinessApiRef } from '../../api/ReadinessApi';

const STATUS_LABEL: Record<AnswerStatus, string> = {
  yes: 'Yes',
  partial: 'Partial',
  no: 'No',
  na: 'N/A',
};

/**
 * The Readiness tab: the entity's score and its checklist, answerable in place.
 *
 * @public
 */
export function EntityReadinessContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(readinessApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getEntityReadiness(entityRef),
    [api, entityRef],
  );
  const [saveError, setSaveError] = useState<Error>();

  if (loading && !value) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value?.checklist || !value.result) {
    return (
      <EmptyState
        missing="info"
        title="No readiness checklist applies"
        description={value?.reason}
      />
    );
  }
  const { checklist, result } = value;
  const answers = new Map<string, ReadinessAnswer>(
    value.answers.map(a => [a.questionId, a]),
  );

  const save = async (questionId: string, status: AnswerStatus) => {
    setSaveError(undefined);
    try {
      await api.writeAnswers(entityRef, checklist.id, [
        {
          questionId,
          status,
          note: answers.get(questionId)?.note,
          links: answers.get(questionId)?.links,
          expectedVersion: answers.get(questionId)?.version ?? 0,
        },
      ]);
      retry();
    } catch (e) {
      setSaveError(e as Error);
    }
  };

  return (
    <Content>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <InfoCard title="Readiness">
            <Typography variant="h4" aria-label="Readiness score">
              {result.score === null ? 'n/a' : `${result.score}%`}
            </Typography>
            <Typography>
              Level: {result.level?.title ?? 'None yet'} · {result.answered}/
              {result.questions} answered · {result.stale} stale
            </Typography>
            {saveError && <ResponseErrorPanel error={saveError} />}
          </InfoCard>
        </Grid>
        {checklist.sections.map((section, i) => (
          <Grid item xs={12} key={section.id}>
            <InfoCard title={section.title}>
              <LinearProgress
                variant="determinate"
                value={result.sections[i].score ?? 0}
                aria-label={`${section.title} progress`}
              />
              <List>
                {section.questions.map(question => (
                  <ListItem key={question.id} divider>
                    <ListItemText
                      primary={question.text}
                      secondary={question.guidance}
                    />
                    <Box ml={2}>
                      <ToggleButtonGroup
                        exclusive
                        size="small"
                        aria-label={`Answer: ${question.text}`}
                        value={answers.get(question.id)?.status ?? null}
                        onChange={(_e, status: AnswerStatus | null) =>
                          status && status !== 'na' && save(question.id, status)
                        }
                      >
                        {ANSWER_STATUSES.map(status => (
                          <ToggleButton
                            key={status}
                            value={status}
                            aria-label={STATUS_LABEL[status]}
                          >
                            {STATUS_LABEL[status]}
                          </ToggleButton>
                        ))}
                      </ToggleButtonGroup>
                    </Box>
                  </ListItem>
                ))}
              </List>
            </InfoCard>
          </Grid>
        ))}
      </Grid>
    </Content>
  );
}
