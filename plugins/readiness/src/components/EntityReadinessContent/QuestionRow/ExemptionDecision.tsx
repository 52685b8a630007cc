import { Box, Button, TextField, Typography } from '@material-ui/core';
import {
  API_LIMITS,
  describePendingExemptionScore,
  EXEMPTION_APPROVAL_TITLES,
  ReadinessAnswer,
} from '@readiness/plugin-readiness-common';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { ActorName } from '../../shared/ActorName';
import { describeError } from '../../shared/describeError';
import { useChecklistActions } from '../ChecklistActionsContext';

/**
 * Where an exemption that needs approval stands, who decided it, and, for people who may
 * approve, the Approve and Reject buttons of a pending one.
 */
export function ExemptionDecision(props: {
  answer: ReadinessAnswer;
  questionText: string;
}) {
  const { answer, questionText } = props;
  const { canApprove, decideExemption } = useChecklistActions();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [note, setNote] = useState('');
  const identityApi = useApi(identityApiRef);
  const { value: me } = useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  );
  // Nobody decides on their own request (the backend refuses it too).
  const ownRequest =
    me !== undefined && me === (answer.requestedBy ?? answer.answeredBy);
  if (!answer.approval) {
    return null;
  }
  const decide = async (decision: 'approve' | 'reject') => {
    setBusy(true);
    setProblem(undefined);
    try {
      await decideExemption(
        answer.questionId,
        answer.version,
        decision,
        note.trim() || undefined,
      );
    } catch (error) {
      setProblem(describeError(error as Error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box mt={0.5} data-exemption-approval={answer.approval}>
      <Typography variant="body2">
        {EXEMPTION_APPROVAL_TITLES[answer.approval]}
        {answer.approval === 'pending' &&
          `. ${describePendingExemptionScore(answer.beforeRequest)}`}
        {answer.decidedBy && (
          <>
            {' '}
            by <ActorName principal={answer.decidedBy} />
            {answer.decidedAt ? ` · ${answer.decidedAt.slice(0, 10)}` : ''}
            {answer.decisionNote ? ` · ${answer.decisionNote}` : ''}
          </>
        )}
      </Typography>
      {answer.approval === 'pending' && canApprove && ownRequest && (
        <Typography variant="body2">
          You asked for it, so someone else with the approval permission
          decides.
        </Typography>
      )}
      {answer.approval === 'pending' && canApprove && !ownRequest && (
        <Box
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          style={{ gap: 8 }}
        >
          <TextField
            id={`readiness-decision-note-${answer.questionId}`}
            size="small"
            variant="outlined"
            label="Decision note (optional)"
            value={note}
            onChange={e => setNote(e.target.value)}
            inputProps={{ maxLength: API_LIMITS.answer.noteLength }}
            disabled={busy}
          />
          <Button
            size="small"
            variant="outlined"
            color="primary"
            disabled={busy}
            onClick={() => decide('approve')}
            aria-label={`Approve the exemption for "${questionText}"`}
          >
            Approve
          </Button>
          <Button
            size="small"
            variant="outlined"
            disabled={busy}
            onClick={() => decide('reject')}
            aria-label={`Reject the exemption for "${questionText}"`}
          >
            Reject
          </Button>
        </Box>
      )}
      {problem && (
        <Typography variant="body2" color="error" role="alert">
          {problem}
        </Typography>
      )}
    </Box>
  );
}
