import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  Content,
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  Box,
  FormControlLabel,
  Grid,
  Switch,
  Typography,
} from '@material-ui/core';
import { useMemo, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { readinessApiRef } from '../../api/ReadinessApi';
import {
  ChecklistActions,
  ChecklistActionsProvider,
} from './ChecklistActionsContext';
import { useEntityReadiness } from '../../hooks/useEntityReadiness';
import { ChecklistSectionPanel, isOpen } from './ChecklistSectionPanel';
import { ReadinessSummary } from './ReadinessSummary';
import { CheckEvidenceButton } from './CheckEvidenceButton';
import { EntityScoreTrend } from '../EntityScoreTrend';

/**
 * The Readiness tab: the entity's score and its checklist, answerable in place.
 *
 * @public
 */
export function EntityReadinessContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(readinessApiRef);
  const loaded = useEntityReadiness(entityRef);
  const { readiness, loading, error } = loaded;
  const [onlyOpen, setOnlyOpen] = useState(false);
  const answers = useMemo(
    () => new Map((readiness?.answers ?? []).map(a => [a.questionId, a])),
    [readiness],
  );

  if (loading && !readiness) {
    return <Progress />;
  }
  if (error) {
    return (
      <ResponseErrorPanel error={error} title="Could not load readiness" />
    );
  }
  if (!readiness?.checklist || !readiness.result) {
    return (
      <EmptyState
        missing="info"
        title="No readiness checklist applies to this entity"
        description={
          readiness?.reason ??
          'Checklists are chosen by entity kind and type in the readiness configuration.'
        }
      />
    );
  }

  const { checklist, result, access } = readiness;
  const actions: ChecklistActions = {
    readOnly: !access.canEdit,
    saveAnswer: change => loaded.saveAnswer(checklist.id, change),
    reload: loaded.reload,
    clearAnswer: loaded.clearAnswer,
    loadHistory: questionId =>
      api.getHistory(entityRef, { questionId, limit: 50 }),
  };
  const openCount = checklist.sections
    .flatMap(s => s.questions)
    .filter(q => isOpen(answers.get(q.id))).length;

  return (
    <Content noPadding>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <ReadinessSummary
            checklist={checklist}
            result={result}
            access={access}
            assessment={readiness.assessment}
          />
        </Grid>
        <Grid item xs={12}>
          <EntityScoreTrend entityRef={readiness.entityRef} />
        </Grid>
        <Grid item xs={12}>
          <Box
            display="flex"
            alignItems="center"
            justifyContent="space-between"
            flexWrap="wrap"
          >
            <Typography variant="body2" color="textSecondary">
              {openCount === 0
                ? 'Every item is done or does not apply.'
                : `${openCount} open item${openCount === 1 ? '' : 's'}`}
            </Typography>
            <Box display="flex" alignItems="center" flexWrap="wrap">
              {access.canEdit && (
                <CheckEvidenceButton onCheck={loaded.refreshEvidence} />
              )}
              <FormControlLabel
                control={
                  <Switch
                    checked={onlyOpen}
                    onChange={e => setOnlyOpen(e.target.checked)}
                    color="primary"
                  />
                }
                label="Show only open items"
              />
            </Box>
          </Box>
          <ChecklistActionsProvider value={actions}>
            {checklist.sections.map((section, i) => (
              <ChecklistSectionPanel
                key={section.id}
                section={section}
                result={result.sections[i]}
                answers={answers}
                levels={readiness.levels}
                onlyOpen={onlyOpen}
                defaultExpanded={section.questions.some(q =>
                  isOpen(answers.get(q.id)),
                )}
              />
            ))}
          </ChecklistActionsProvider>
        </Grid>
      </Grid>
    </Content>
  );
}
