import { Box, Button } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { ReadinessAnswer } from '@readiness/plugin-readiness-common';
import { STATUS_LABEL } from '../../shared/answerLabels';
import { describeError } from '../../shared/describeError';
import { EditorProblem } from './answerEditorState';

/**
 * Why the last save did not go through, and the way on: a conflict offers the other person's
 * answer, which the person's entry stays beside.
 */
export function ProblemAlert(props: {
  problem?: EditorProblem;
  answer?: ReadinessAnswer;
  onLoadTheirs: () => void;
}) {
  const { problem, answer } = props;
  if (!problem) {
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
          Someone else changed this answer while you were working on it. Load
          their answer to compare; what you entered stays in the form.
        </Alert>
      )}
      {problem.kind === 'reloaded' && (
        <Alert severity="info">
          {answer
            ? `The saved answer is now ${STATUS_LABEL[answer.status]} by ${
                answer.answeredBy
              }${answer.note ? ` ("${answer.note}")` : ''}.`
            : 'The answer was removed.'}{' '}
          Your entry is still in the form: save it to replace theirs, or cancel
          to keep theirs.
        </Alert>
      )}
      {problem.kind === 'error' && (
        <Alert severity="error">
          Your answer was not saved: {describeError(problem.error)}. What you
          entered is still here; try again.
        </Alert>
      )}
    </Box>
  );
}
