import { makeStyles } from '@material-ui/core/styles';
import { ToggleButton, ToggleButtonGroup } from '@material-ui/lab';
import {
  ANSWER_STATUSES,
  AnswerStatus,
} from '@readiness/plugin-readiness-common';
import { STATUS_LABEL } from '../../shared/answerLabels';

const useStyles = makeStyles(theme => ({
  // Unselected answers stay quiet but readable; the chosen one stands out in its own colour.
  button: {
    color: theme.palette.text.primary,
    '&.Mui-focusVisible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 1,
      zIndex: 1,
    },
  },
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

/**
 * Yes, Partial, No and N/A for one question. While a choice is saving the buttons stay enabled
 * (and ignore clicks), so keyboard focus stays on the button that was pressed.
 */
export function AnswerToggle(props: {
  questionText: string;
  value: AnswerStatus | null;
  disabled: boolean;
  busy: boolean;
  onChoose: (status: AnswerStatus | null) => void;
}) {
  const classes = useStyles();
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      aria-label={`Answer to: ${props.questionText}`}
      aria-busy={props.busy}
      value={props.value}
      onChange={(_event, status: AnswerStatus | null) => props.onChoose(status)}
    >
      {ANSWER_STATUSES.map(status => (
        <ToggleButton
          key={status}
          value={status}
          disabled={props.disabled}
          classes={{
            root: `${classes.button} ${classes[status]}`,
            selected: classes.selected,
          }}
        >
          {STATUS_LABEL[status]}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
