import { Box, Button, TextField, Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { AnswerEditor } from './useAnswerEditor';

const useStyles = makeStyles(theme => ({
  editor: { marginTop: theme.spacing(1), maxWidth: 720 },
}));

/** The note and evidence links of an answer; what keeps it from being saved shows at its field. */
export function AnswerForm(props: {
  questionId: string;
  editor: AnswerEditor;
}) {
  const classes = useStyles();
  const { state, problems, invalid, edit, submit, cancel } = props.editor;
  const { draft, saving } = state;
  const noteId = `readiness-note-${props.questionId}`;
  const linksId = `readiness-links-${props.questionId}`;
  return (
    <Box className={classes.editor}>
      <TextField
        id={noteId}
        label={
          draft.status === 'na'
            ? 'Why does this not apply? (required for N/A)'
            : 'Note'
        }
        required={draft.status === 'na'}
        error={problems.note !== undefined}
        helperText={problems.note}
        value={draft.note}
        onChange={e => edit('note', e.target.value)}
        multiline
        minRows={2}
        fullWidth
        margin="dense"
        variant="outlined"
      />
      <TextField
        id={linksId}
        label="Evidence links (one per line)"
        error={problems.links !== undefined}
        helperText={problems.links}
        value={draft.links}
        onChange={e => edit('links', e.target.value)}
        multiline
        minRows={1}
        fullWidth
        margin="dense"
        variant="outlined"
      />
      {draft.status === 'na' && (
        <TextField
          id={`readiness-expires-${props.questionId}`}
          label="Exemption expires on (optional)"
          type="date"
          error={problems.expiresOn !== undefined}
          helperText={
            problems.expiresOn ??
            'From that day the N/A needs review again, like an answer past the review interval.'
          }
          value={draft.expiresOn}
          onChange={e => edit('expiresOn', e.target.value)}
          InputLabelProps={{ shrink: true }}
          margin="dense"
          variant="outlined"
        />
      )}
      {problems.status && (
        <Typography variant="body2" color="error" role="status">
          {problems.status}
        </Typography>
      )}
      <Box mt={1} display="flex">
        <Box mr={1}>
          <Button
            variant="contained"
            color="primary"
            disabled={saving || invalid}
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
  );
}
