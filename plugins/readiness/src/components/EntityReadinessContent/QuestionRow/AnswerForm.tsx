import { Box, Button, TextField, Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { AnswerEditor } from './useAnswerEditor';

const useStyles = makeStyles(theme => ({
  editor: { marginTop: theme.spacing(1), maxWidth: 720 },
}));

/** The note and evidence links of an answer, with what keeps it from being saved. */
export function AnswerForm(props: {
  questionId: string;
  editor: AnswerEditor;
}) {
  const classes = useStyles();
  const { state, invalid, edit, submit, cancel } = props.editor;
  const { draft, saving } = state;
  return (
    <Box className={classes.editor}>
      <TextField
        id={`readiness-note-${props.questionId}`}
        label={
          draft.status === 'na'
            ? 'Why does this not apply? (required for N/A)'
            : 'Note'
        }
        required={draft.status === 'na'}
        error={draft.status === 'na' && !draft.note.trim()}
        value={draft.note}
        onChange={e => edit('note', e.target.value)}
        multiline
        minRows={2}
        fullWidth
        margin="dense"
        variant="outlined"
      />
      <TextField
        id={`readiness-links-${props.questionId}`}
        label="Evidence links (one per line)"
        value={draft.links}
        onChange={e => edit('links', e.target.value)}
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
  );
}
