import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@material-ui/core';

/**
 * Asks before a form with unsaved input is closed; Escape or a click outside this question
 * keeps on editing, so a stray key never throws input away.
 */
export function DiscardChangesDialog(props: {
  open: boolean;
  what: string;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  const { open, what, onKeep, onDiscard } = props;
  return (
    <Dialog
      open={open}
      onClose={onKeep}
      aria-labelledby="readiness-discard-title"
    >
      <DialogTitle id="readiness-discard-title">Discard {what}?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          What you entered has not been saved and will be lost.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onDiscard}>Discard</Button>
        <Button color="primary" variant="contained" onClick={onKeep}>
          Keep editing
        </Button>
      </DialogActions>
    </Dialog>
  );
}
