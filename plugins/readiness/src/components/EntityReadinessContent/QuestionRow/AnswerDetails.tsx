import { Box, Button, Link, Typography } from '@material-ui/core';
import { ReadinessAnswer } from '@readiness/plugin-readiness-common';
import { ActorName } from '../../shared/ActorName';
import { STATUS_LABEL } from '../../shared/answerLabels';
import { ExemptionDecision } from './ExemptionDecision';

const day = (iso: string) => iso.slice(0, 10);

/**
 * The stored answer: its note, evidence links, who answered, and how it stands to the automatic
 * answer (a confirmation of it, or an override).
 */
export function AnswerDetails(props: {
  answer: ReadinessAnswer;
  questionText: string;
  /** Offered when a person's answer overrides an automatic one. */
  onClearOverride?: () => void;
  busy: boolean;
}) {
  const { answer } = props;
  const evidence = answer.evidence;
  const overrides =
    answer.source === 'person' && evidence && evidence.status !== answer.status;
  const confirms =
    answer.source === 'person' && evidence && evidence.status === answer.status;
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
      <ExemptionDecision answer={answer} questionText={props.questionText} />
      <Typography variant="caption" color="textSecondary" component="p">
        {answer.source === 'evidence' ? (
          <>
            Answered automatically from {evidence?.providerTitle} ·{' '}
            {day(answer.answeredAt)} · confirm it, or choose another answer to
            override it
          </>
        ) : (
          <>
            {STATUS_LABEL[answer.status]} ·{' '}
            {confirms ? 'confirmed' : 'answered'} by{' '}
            <ActorName principal={answer.answeredBy} /> ·{' '}
            {day(answer.answeredAt)}
            {answer.stale && ` · last reviewed ${day(answer.reviewedAt)}`}
            {confirms &&
              ` · the automatic answer from ${evidence.providerTitle} agrees`}
          </>
        )}
      </Typography>
      {overrides && (
        <Box display="flex" alignItems="center" flexWrap="wrap">
          <Typography variant="caption" color="textSecondary">
            Overrides the automatic answer {STATUS_LABEL[evidence.status]} from{' '}
            {evidence.providerTitle}
            {evidence.note ? ` (${evidence.note})` : ''}
          </Typography>
          {props.onClearOverride && (
            <Button
              size="small"
              disabled={props.busy}
              onClick={props.onClearOverride}
              aria-label={`Use the automatic answer for "${props.questionText}"`}
            >
              Use the automatic answer
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
}
