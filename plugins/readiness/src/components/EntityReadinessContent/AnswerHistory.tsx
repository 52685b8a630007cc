import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import { AnswerHistoryEntry } from '@readiness/plugin-readiness-common';
import useAsync from 'react-use/esm/useAsync';
import { STATUS_LABEL } from '../shared/answerLabels';

const describe = (entry: AnswerHistoryEntry) => {
  if (entry.status === 'cleared') {
    return `Cleared${
      entry.previous ? ` ${STATUS_LABEL[entry.previous.status]}` : ''
    }; the automatic answer applies`;
  }
  const after = STATUS_LABEL[entry.status];
  if (!entry.previous) {
    return `Answered ${after}`;
  }
  const before = STATUS_LABEL[entry.previous.status];
  return before === after
    ? `Confirmed ${after}${
        entry.note !== entry.previous.note ? ', note changed' : ''
      }`
    : `Changed ${before} → ${after}`;
};

/** Who changed an answer, when, and from what: the audit trail of one question. */
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
            primary={`${describe(entry)}${
              entry.note ? ` · “${entry.note}”` : ''
            }`}
            secondary={`${entry.changedBy} · ${entry.changedAt
              .slice(0, 16)
              .replace('T', ' ')} UTC · version ${entry.version}`}
          />
        </ListItem>
      ))}
    </List>
  );
}
