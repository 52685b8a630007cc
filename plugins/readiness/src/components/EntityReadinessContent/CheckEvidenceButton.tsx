import { Button, Typography } from '@material-ui/core';
import { useState } from 'react';
import { describeError } from '../shared/describeError';

/**
 * Runs the evidence providers for the entity now. Opening the tab never does (reads have no
 * side effects); the evidence task does it on its schedule, and this button on demand.
 */
export function CheckEvidenceButton(props: {
  onCheck: () => Promise<boolean>;
}) {
  const [state, setState] = useState<
    | { kind: 'idle' | 'checking' | 'same' | 'changed' }
    | { kind: 'failed'; error: Error }
  >({ kind: 'idle' });
  const check = async () => {
    setState({ kind: 'checking' });
    try {
      setState({ kind: (await props.onCheck()) ? 'changed' : 'same' });
    } catch (error) {
      setState({ kind: 'failed', error: error as Error });
    }
  };
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        onClick={check}
        disabled={state.kind === 'checking'}
      >
        {state.kind === 'checking'
          ? 'Checking…'
          : 'Check automatic answers now'}
      </Button>
      <Typography variant="caption" color="textSecondary" role="status">
        {state.kind === 'same' && 'The automatic answers are unchanged.'}
        {state.kind === 'changed' && 'The automatic answers were updated.'}
        {state.kind === 'failed' &&
          `Could not check the automatic answers: ${describeError(
            state.error,
          )}.`}
      </Typography>
    </>
  );
}
