import { ResponseError } from '@backstage/errors';
import {
  Box,
  Button,
  Chip,
  Link,
  ListItem,
  TextField,
  Typography,
} from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { Alert, ToggleButton, ToggleButtonGroup } from '@material-ui/lab';
import {
  ANSWER_STATUSES,
  AnswerHistoryEntry,
  AnswerStatus,
  ChecklistQuestion,
  ReadinessAnswer,
} from '@readiness/plugin-readiness-common';
import { useEffect, useState } from 'react';
import { AnswerChange } from '../../api/ReadinessApi';
import { AnswerHistory } from './AnswerHistory';
import { STATUS_LABEL } from '../shared/answerLabels';
import { describeError } from '../shared/describeError';
import {
  AnswerDraft,
  confirmationOf,
  draftOf,
  draftProblem,
  parseLinks,
} from './answerDraft';

const useStyles = makeStyles(theme => ({
  row: { display: 'block', paddingTop: theme.spacing(2) },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
  },
  text: { flex: '1 1 320px' },
  editor: { marginTop: theme.spacing(1), maxWidth: 720 },
  meta: { marginTop: theme.spacing(0.5) },
  // The chosen answer stands out in its own colour; the others stay quiet.
  yes: {
    '&$selected, &$selected:hover': {
      backgroundColor: theme.palette.success.main,
      color: theme.palette.success.contrastText,
    },
  },
  partial: {
    '&$selected, &$selected:hover': {
      backgroundColor: theme.palette.warning.main,
      color: theme.palette.warning.contrastText,
    },
  },
  no: {
    '&$selected, &$selected:hover': {
      backgroundColor: theme.palette.error.main,
      color: theme.palette.error.contrastText,
    },
  },
  na: {
    '&$selected, &$selected:hover': {
      backgroundColor: theme.palette.grey[600],
      color: theme.palette.common.white,
    },
  },
  selected: {},
}));

type Problem =
  | { kind: 'conflict' }
  | { kind: 'reloaded' }
  | { kind: 'error'; error: Error };

const isConflict = (e: unknown) =>
  e instanceof ResponseError && e.statusCode === 409;

/**
 * One checklist question with its answer control. Choosing Yes, Partial or No saves at once;
 * N/A, notes and links go through a small form. A failed save keeps what the user chose or
 * typed, and a conflict offers to load the other person's answer alongside it.
 */
export function QuestionRow(props: {
  question: ChecklistQuestion;
  answer?: ReadinessAnswer;
  readOnly: boolean;
  requiredLevelTitle?: string;
  onSave: (change: AnswerChange) => Promise<void>;
  onReload: () => Promise<void>;
  onClear: (questionId: string, expectedVersion: number) => Promise<void>;
  loadHistory: (questionId: string) => Promise<AnswerHistoryEntry[]>;
}) {
  const { question, answer, readOnly, onSave, onReload } = props;
  const [showHistory, setShowHistory] = useState(false);
  const classes = useStyles();
  const [draft, setDraft] = useState<AnswerDraft>(() => draftOf(answer));
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem>();

  // Follow the stored answer while the user has nothing unsaved.
  useEffect(() => {
    if (!editing) {
      setDraft(draftOf(answer));
    }
  }, [answer, editing]);

  const submit = async (toSave: AnswerDraft) => {
    if (!toSave.status) {
      return;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      await onSave({
        questionId: question.id,
        status: toSave.status,
        note: toSave.note.trim() || undefined,
        links: parseLinks(toSave.links),
        expectedVersion: answer?.version ?? 0,
      });
      setEditing(false);
    } catch (e) {
      setEditing(true);
      setProblem(
        isConflict(e)
          ? { kind: 'conflict' }
          : { kind: 'error', error: e as Error },
      );
    } finally {
      setSaving(false);
    }
  };

  const choose = (status: AnswerStatus | null) => {
    if (!status) {
      return;
    }
    const next = { ...draft, status };
    setDraft(next);
    if (status === 'na') {
      setEditing(true);
    } else if (!editing) {
      submit(next);
    }
  };

  const clearOverride = async () => {
    if (!answer) {
      return;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      await props.onClear(question.id, answer.version);
    } catch (e) {
      setProblem(
        isConflict(e)
          ? { kind: 'conflict' }
          : { kind: 'error', error: e as Error },
      );
    } finally {
      setSaving(false);
    }
  };

  const reloadTheirs = async () => {
    setProblem(undefined);
    try {
      await onReload();
      setProblem({ kind: 'reloaded' });
    } catch (e) {
      setProblem({ kind: 'error', error: e as Error });
    }
  };

  const cancel = () => {
    setEditing(false);
    setProblem(undefined);
    setDraft(draftOf(answer));
  };

  const invalid = draftProblem(draft);
  const noteId = `readiness-note-${question.id}`;
  const linksId = `readiness-links-${question.id}`;

  return (
    <ListItem divider className={classes.row} data-question-id={question.id}>
      <div className={classes.header}>
        <div className={classes.text}>
          <Typography variant="subtitle1" component="h4">
            {question.text}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {question.guidance}
          </Typography>
          <Box className={classes.meta} display="flex" flexWrap="wrap">
            {props.requiredLevelTitle && (
              <Box mr={1}>
                <Chip
                  size="small"
                  variant="outlined"
                  label={`Required for ${props.requiredLevelTitle}`}
                />
              </Box>
            )}
            {answer?.source === 'evidence' && answer.evidence && (
              <Box mr={1}>
                <Chip
                  size="small"
                  color="primary"
                  variant="outlined"
                  label={`Automatic: ${answer.evidence.providerTitle}`}
                  title={`Evaluated ${answer.evidence.evaluatedAt
                    .slice(0, 16)
                    .replace('T', ' ')} UTC`}
                />
              </Box>
            )}
            {answer?.stale && (
              <Box mr={1}>
                <Chip
                  size="small"
                  color="secondary"
                  label="Needs review"
                  title={`Last reviewed ${answer.reviewedAt.slice(0, 10)}`}
                />
              </Box>
            )}
          </Box>
        </div>
        <Box display="flex" alignItems="center" flexWrap="wrap">
          {answer?.source === 'evidence' &&
            !answer.stale &&
            !readOnly &&
            !editing && (
              <Box mr={1}>
                <Button
                  size="small"
                  variant="outlined"
                  color="primary"
                  disabled={saving}
                  onClick={() => submit(confirmationOf(answer))}
                  aria-label={`Confirm the automatic answer to "${question.text}"`}
                >
                  Confirm
                </Button>
              </Box>
            )}
          {answer?.stale && !readOnly && !editing && (
            <Box mr={1}>
              <Button
                size="small"
                variant="outlined"
                disabled={saving}
                onClick={() =>
                  submit(
                    answer.source === 'evidence'
                      ? confirmationOf(answer)
                      : draftOf(answer),
                  )
                }
                aria-label={`Confirm the answer to "${question.text}" still holds`}
              >
                Still true
              </Button>
            </Box>
          )}
          <ToggleButtonGroup
            exclusive
            size="small"
            aria-label={`Answer to: ${question.text}`}
            value={draft.status}
            onChange={(_event, status: AnswerStatus | null) => choose(status)}
          >
            {ANSWER_STATUSES.map(status => (
              <ToggleButton
                key={status}
                value={status}
                disabled={readOnly || saving}
                classes={{ root: classes[status], selected: classes.selected }}
              >
                {STATUS_LABEL[status]}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Box>
      </div>

      {answer && !editing && (
        <Box mt={1}>
          {answer.note && (
            <Typography variant="body2">
              {answer.status === 'na' ? 'Why N/A: ' : 'Note: '}
              {answer.note}
            </Typography>
          )}
          {answer.links.length > 0 && (
            <Typography variant="body2" component="div">
              Evidence:{' '}
              {answer.links.map(link => (
                <Box component="span" mr={1} key={link}>
                  <Link href={link} target="_blank" rel="noopener noreferrer">
                    {link}
                  </Link>
                </Box>
              ))}
            </Typography>
          )}
          <Typography variant="caption" color="textSecondary" component="p">
            {answer.source === 'evidence'
              ? `Answered automatically from ${
                  answer.evidence?.providerTitle
                } · ${answer.answeredAt.slice(
                  0,
                  10,
                )} · confirm it, or choose another answer to override it`
              : `${STATUS_LABEL[answer.status]} · ${
                  answer.answeredBy
                } · ${answer.answeredAt.slice(0, 10)}`}
          </Typography>
          {answer.source === 'person' && answer.evidence && (
            <Box display="flex" alignItems="center">
              <Typography variant="caption" color="textSecondary">
                Overrides the automatic answer{' '}
                {STATUS_LABEL[answer.evidence.status]} from{' '}
                {answer.evidence.providerTitle} ({answer.evidence.note})
              </Typography>
              {!readOnly && (
                <Button
                  size="small"
                  disabled={saving}
                  onClick={clearOverride}
                  aria-label={`Clear your answer to "${question.text}" and use the automatic one`}
                >
                  Clear override
                </Button>
              )}
            </Box>
          )}
        </Box>
      )}

      <Box display="flex">
        {!readOnly && !editing && (
          <Button
            size="small"
            color="primary"
            onClick={() => setEditing(true)}
            aria-label={`Add a note or evidence to "${question.text}"`}
          >
            {answer?.note || answer?.links.length
              ? 'Edit note and evidence'
              : 'Add note or evidence'}
          </Button>
        )}
        {answer && (
          <Button
            size="small"
            onClick={() => setShowHistory(shown => !shown)}
            aria-expanded={showHistory}
            aria-label={`${showHistory ? 'Hide' : 'Show'} the history of "${
              question.text
            }"`}
          >
            {showHistory ? 'Hide history' : 'History'}
          </Button>
        )}
      </Box>
      {showHistory && (
        <AnswerHistory
          // A new version reloads the history.
          key={answer?.version}
          questionText={question.text}
          load={() => props.loadHistory(question.id)}
        />
      )}

      {editing && (
        <Box className={classes.editor}>
          <TextField
            id={noteId}
            label={
              draft.status === 'na'
                ? 'Why does this not apply? (required for N/A)'
                : 'Note'
            }
            required={draft.status === 'na'}
            error={draft.status === 'na' && !draft.note.trim()}
            value={draft.note}
            onChange={e => setDraft({ ...draft, note: e.target.value })}
            multiline
            minRows={2}
            fullWidth
            margin="dense"
            variant="outlined"
          />
          <TextField
            id={linksId}
            label="Evidence links (one per line)"
            value={draft.links}
            onChange={e => setDraft({ ...draft, links: e.target.value })}
            multiline
            minRows={1}
            fullWidth
            margin="dense"
            variant="outlined"
          />
          {invalid && (
            <Typography variant="body2" color="error" role="status">
              {invalid}
            </Typography>
          )}
          <Box mt={1} display="flex">
            <Box mr={1}>
              <Button
                variant="contained"
                color="primary"
                disabled={saving || invalid !== undefined}
                onClick={() => submit(draft)}
              >
                {saving ? 'Saving…' : 'Save answer'}
              </Button>
            </Box>
            <Button onClick={cancel} disabled={saving}>
              Cancel
            </Button>
          </Box>
        </Box>
      )}

      {problem?.kind === 'conflict' && (
        <Box mt={1}>
          <Alert
            severity="warning"
            action={
              <Button color="inherit" size="small" onClick={reloadTheirs}>
                Load their answer
              </Button>
            }
          >
            Someone else changed this answer while you were working on it. Load
            their answer to compare; what you entered stays in the form.
          </Alert>
        </Box>
      )}
      {problem?.kind === 'reloaded' && (
        <Box mt={1}>
          <Alert severity="info">
            {answer
              ? `The saved answer is now ${STATUS_LABEL[answer.status]} by ${
                  answer.answeredBy
                }${answer.note ? ` ("${answer.note}")` : ''}.`
              : 'The answer was removed.'}{' '}
            Your entry is still in the form: save it to replace theirs, or
            cancel to keep theirs.
          </Alert>
        </Box>
      )}
      {problem?.kind === 'error' && (
        <Box mt={1}>
          <Alert severity="error">
            Your answer was not saved: {describeError(problem.error)}. What you
            entered is still here; try again.
          </Alert>
        </Box>
      )}
    </ListItem>
  );
}
