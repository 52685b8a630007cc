import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { Box, Button } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import {
  AnswerStatus,
  ReadinessAnswer,
} from '@readiness/plugin-readiness-common';
import useAsync from 'react-use/esm/useAsync';
import { ActorName } from '../../shared/ActorName';
import { STATUS_LABEL } from '../../shared/answerLabels';
import { AnswerDraft } from './answerDraft';
import { EditorProblem } from './answerEditorState';

const time = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** One answer in a few words: "No, “Runbook pending”". */
const summary = (status: AnswerStatus | null, note?: string) =>
  `${status ? STATUS_LABEL[status] : 'no answer'}${note ? `, “${note}”` : ''}`;

/**
 * Why the last save did not go through, and the way on. A conflict names who changed the answer
 * (or says it was the person, in another tab) and shows their answer next to the person's own.
 * Field problems show at their field (see AnswerForm), not here.
 */
export function ProblemAlert(props: {
  problem?: EditorProblem;
  answer?: ReadinessAnswer;
  draft: AnswerDraft;
  onLoadTheirs: () => void;
  /** After a conflict: take the saved answer instead of one's own (the form closes). */
  onUseTheirs: () => void;
  /** After a conflict: save one's own over theirs. */
  onKeepMine: () => void;
}) {
  const { problem, answer, draft } = props;
  const identityApi = useApi(identityApiRef);
  const { value: me } = useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  );
  if (!problem || problem.kind === 'field') {
    return null;
  }
  return (
    <Box mt={1}>
      {problem.kind === 'conflict' && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={props.onLoadTheirs}>
              Load their answer
            </Button>
          }
        >
          This answer was changed while you were working on it; loading the new
          answer…
        </Alert>
      )}
      {problem.kind === 'reloaded' && (
        <Alert
          severity="warning"
          data-testid="readiness-conflict"
          action={
            <>
              <Button color="inherit" size="small" onClick={props.onUseTheirs}>
                {answer ? 'Load their answer' : 'Drop mine'}
              </Button>
              <Button color="inherit" size="small" onClick={props.onKeepMine}>
                Keep mine
              </Button>
            </>
          }
        >
          {!answer ? (
            'The answer was removed while you were working on it.'
          ) : (
            <>
              {answer.answeredBy === me ? (
                'You changed this answer in another tab or window'
              ) : (
                <>
                  <ActorName principal={answer.answeredBy} /> changed this
                  answer
                </>
              )}{' '}
              at {time(answer.answeredAt)} UTC, while you were working on it.
              <br />
              Saved now: <strong>{summary(answer.status, answer.note)}</strong>.
              Yours: <strong>{summary(draft.status, draft.note.trim())}</strong>
              .
            </>
          )}{' '}
          Load theirs to drop yours, or keep yours to save it over theirs.
        </Alert>
      )}
      {problem.kind === 'error' && (
        <Alert severity="error">
          Your answer was not saved: {problem.message}. What you entered is
          still here.
        </Alert>
      )}
    </Box>
  );
}
