import { Alert } from '@material-ui/lab';
import { EvidenceProblem } from '@readiness/plugin-readiness-common';

/** "2026-12-05 10:42 UTC", as the history shows times. */
const timeOf = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/**
 * Automatic evidence that could not be checked (a repository that could not be read): since
 * when and why. The answers the provider gave before still apply, and the tab says so.
 */
export function EvidenceProblems(props: { problems?: EvidenceProblem[] }) {
  if (!props.problems?.length) {
    return null;
  }
  return (
    <>
      {props.problems.map(problem => (
        <Alert
          key={problem.providerId}
          severity="warning"
          data-evidence-problem={problem.providerId}
        >
          Could not {problem.attempted} since {timeOf(problem.since)}:{' '}
          {problem.reason}. The automatic answers from {problem.providerTitle}{' '}
          are those of its last successful check.
        </Alert>
      ))}
    </>
  );
}
