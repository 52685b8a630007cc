import { Box, Button, Link, Typography } from '@material-ui/core';
import { ReadinessAnswer } from '@readiness/plugin-readiness-common';
import { STATUS_LABEL } from '../../shared/answerLabels';

/** The stored answer: its note, evidence links, who answered, and the override it makes. */
export function AnswerDetails(props: {
  answer: ReadinessAnswer;
  questionText: string;
  /** Offered when a person's answer overrides an automatic one. */
  onClearOverride?: () => void;
  busy: boolean;
}) {
  const { answer } = props;
  return (
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
          {props.onClearOverride && (
            <Button
              size="small"
              disabled={props.busy}
              onClick={props.onClearOverride}
              aria-label={`Clear your answer to "${props.questionText}" and use the automatic one`}
            >
              Clear override
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
}
