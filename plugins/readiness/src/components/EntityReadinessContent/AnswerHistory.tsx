import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import {
  AnswerHistoryEntry,
  describeAnswerChange,
} from '@readiness/plugin-readiness-common';
import useAsync from 'react-use/esm/useAsync';
import { ActorName } from '../shared/ActorName';

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
            primary={`${describeAnswerChange(entry)}${
              entry.note ? ` · “${entry.note}”` : ''
            }`}
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
