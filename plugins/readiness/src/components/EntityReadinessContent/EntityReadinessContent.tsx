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
  Button,
  FormControlLabel,
  Grid,
  Switch,
  Typography,
} from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '@backstage/core-plugin-api';
import { useRememberedFlag } from '../../hooks/useRememberedFlag';
import { readinessApiRef } from '../../api/ReadinessApi';
import {
  ChecklistActions,
  ChecklistActionsProvider,
} from './ChecklistActionsContext';
import { useEntityReadiness } from '../../hooks/useEntityReadiness';
import { ChecklistSectionPanel } from './ChecklistSectionPanel';
import { isOpen, nextOpenQuestion } from './openItems';
import { readinessCounts } from '@readiness/plugin-readiness-common';
import { FocusRequest, QUESTION_PARAM } from '../shared/questionLink';
import { ReadinessSummary } from './ReadinessSummary';
import { EntityCampaigns } from '../EntityCampaigns';
import { CheckEvidenceButton } from './CheckEvidenceButton';
import { EvidenceProblems } from './EvidenceProblems';
import { EntityScoreTrend } from '../EntityScoreTrend';

const useStyles = makeStyles(theme => ({
  // Keyboard focus is always visible on the tab.
  root: {
    '& :focus-visible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  },
}));

/** Where the "show only open items" switch is remembered, so a reload keeps it. */
const ONLY_OPEN_KEY = 'onlyOpenItems';

/**
 * The Readiness tab: the entity's score and its checklist, answerable in place. `?question=<id>`
 * opens the tab at that question (the card's gaps link there).
 *
 * @public
 */
export function EntityReadinessContent() {
  const classes = useStyles();
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(readinessApiRef);
  const loaded = useEntityReadiness(entityRef);
  const { readiness, loading, error } = loaded;
  const [onlyOpen, setOnlyOpen] = useRememberedFlag(ONLY_OPEN_KEY);
  const [workingOn, setWorkingOn] = useState<string>();
  // The question to bring into view and focus; the row does it once it is on the page.
  const [focusRequest, setFocusRequest] = useState<FocusRequest>();
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const initiallyExpanded = useRef<Set<string>>();
  const [searchParams] = useSearchParams();
  const linkedQuestion = searchParams.get(QUESTION_PARAM) ?? undefined;
  const answers = useMemo(
    () => new Map((readiness?.answers ?? []).map(a => [a.questionId, a])),
    [readiness],
  );
  const checklist = readiness?.checklist;

  const goTo = (questionId: string) => {
    const section = checklist?.sections.find(s =>
      s.questions.some(q => q.id === questionId),
    );
    if (section) {
      setExpanded(current => ({ ...current, [section.id]: true }));
      setWorkingOn(questionId);
      setFocusRequest(current => ({
        questionId,
        sequence: (current?.sequence ?? 0) + 1,
      }));
    }
  };
  const focusHandled = useCallback(() => setFocusRequest(undefined), []);
  const goToRef = useRef(goTo);
  goToRef.current = goTo;
  const hasChecklist = Boolean(checklist);
  useEffect(() => {
    if (hasChecklist && linkedQuestion) {
      goToRef.current(linkedQuestion);
    }
  }, [hasChecklist, linkedQuestion]);

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

  const { result, access } = readiness;
  const sections = readiness.checklist.sections;
  const actions: ChecklistActions = {
    readOnly: !access.canEdit,
    saveAnswer: change => loaded.saveAnswer(readiness.checklist!.id, change),
    reload: loaded.reload,
    clearAnswer: loaded.clearAnswer,
    loadHistory: questionId =>
      api.getHistory(entityRef, { questionId, limit: 50 }),
    canApprove: access.canApprove ?? false,
    decideExemption: loaded.decideExemption,
  };
  const counts = readinessCounts(
    sections.flatMap(s => s.questions.map(q => q.id)),
    answers,
  );
  const openCount = counts.open;
  const next = nextOpenQuestion(readiness.checklist, answers, workingOn);
  // Sections with open items start expanded, and so does a linked question's (without the
  // opening animation); answering them does not fold them away.
  if (!initiallyExpanded.current) {
    initiallyExpanded.current = new Set(
      sections
        .filter(s =>
          s.questions.some(
            q => isOpen(answers.get(q.id)) || q.id === linkedQuestion,
          ),
        )
        .map(s => s.id),
    );
  }
  const startsExpanded = initiallyExpanded.current;
  const isExpanded = (sectionId: string) =>
    expanded[sectionId] ?? startsExpanded.has(sectionId);

  return (
    <Content noPadding className={classes.root}>
      <div data-readiness-surface="tab">
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <ReadinessSummary
              checklist={readiness.checklist}
              result={result}
              access={access}
              levels={readiness.levels}
              assessment={readiness.assessment}
              counts={counts}
            />
          </Grid>
          {readiness.evidenceProblems?.length ? (
            <Grid item xs={12}>
              <EvidenceProblems problems={readiness.evidenceProblems} />
            </Grid>
          ) : null}
          <Grid item xs={12}>
            <EntityCampaigns entityRef={entityRef} readiness={readiness} />
          </Grid>
          <Grid item xs={12}>
            <Box
              display="flex"
              alignItems="center"
              justifyContent="space-between"
              flexWrap="wrap"
              style={{ gap: 8 }}
            >
              <Box display="flex" alignItems="center" style={{ gap: 8 }}>
                <Typography variant="body2" data-testid="readiness-open-count">
                  {openCount === 0
                    ? 'Every item is done or does not apply.'
                    : `${openCount} open item${openCount === 1 ? '' : 's'}`}
                </Typography>
                {next && (
                  <Button
                    size="small"
                    variant="outlined"
                    color="primary"
                    onClick={() => goTo(next.questionId)}
                  >
                    Next open question
                  </Button>
                )}
                {/* An action of its own, away from the switch, so it never reads as its label. */}
                {access.canEdit && (
                  <CheckEvidenceButton onCheck={loaded.refreshEvidence} />
                )}
              </Box>
              <Box display="flex" alignItems="center" flexWrap="wrap">
                <FormControlLabel
                  control={
                    <Switch
                      checked={onlyOpen}
                      onChange={e => {
                        setOnlyOpen(e.target.checked);
                        setWorkingOn(undefined);
                      }}
                      color="primary"
                    />
                  }
                  label="Show only open items"
                />
              </Box>
            </Box>
            <ChecklistActionsProvider value={actions}>
              {sections.map((section, i) => (
                <ChecklistSectionPanel
                  key={section.id}
                  section={section}
                  result={result.sections[i]}
                  answers={answers}
                  levels={readiness.levels}
                  onlyOpen={onlyOpen}
                  expanded={isExpanded(section.id)}
                  onExpand={open =>
                    setExpanded(current => ({ ...current, [section.id]: open }))
                  }
                  workingOn={workingOn}
                  onWorkOn={setWorkingOn}
                  focusRequest={focusRequest}
                  onFocused={focusHandled}
                />
              ))}
            </ChecklistActionsProvider>
          </Grid>
          <Grid item xs={12}>
            <EntityScoreTrend entityRef={readiness.entityRef} />
          </Grid>
        </Grid>
      </div>
    </Content>
  );
}
