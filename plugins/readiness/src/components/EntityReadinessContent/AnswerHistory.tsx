import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import {
  AnswerHistoryEntry,
  describeAnswerChange,
  exemptionDecisionOf,
} from '@readiness/plugin-readiness-common';
import useAsync from 'react-use/esm/useAsync';
import { ActorName } from '../shared/ActorName';

/**
 * What one change did. A decision on an exemption names who decided and their note; other
 * changes show the answer's note.
 */
function HistoryLine(props: { entry: AnswerHistoryEntry }) {
  const { entry } = props;
  const description = describeAnswerChange(entry);
  if (exemptionDecisionOf(entry)) {
    return (
      <>
        {description} by <ActorName principal={entry.changedBy} />
        {entry.decisionNote ? ` · “${entry.decisionNote}”` : ''}
      </>
    );
  }
  return <>{`${description}${entry.note ? ` · “${entry.note}”` : ''}`}</>;
}

/** Who changed an answer, when, and what the change did: the audit trail of one question. */
export function AnswerHistory(props: {
  questionText: string;
  load: () => Promise<AnswerHistoryEntry[]>;
}) {
  const { value, loading, error } = useAsync(props.load, []);
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <ResponseErrorPanel error={error} title="Could not load the history" />
    );
  }
  if (!value?.length) {
    return (
      <Typography variant="body2" color="textSecondary">
        No changes yet.
      </Typography>
    );
  }
  return (
    <List dense aria-label={`History of "${props.questionText}"`}>
      {value.map(entry => (
        <ListItem key={entry.id} disableGutters>
          <ListItemText
            primary={<HistoryLine entry={entry} />}
            secondary={
              <>
                <ActorName principal={entry.changedBy} /> ·{' '}
                {entry.changedAt.slice(0, 16).replace('T', ' ')} UTC · version{' '}
                {entry.version}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
