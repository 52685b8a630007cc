import { Box, Button, ListItem, Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import {
  ChecklistQuestion,
  ReadinessAnswer,
} from '@readiness/plugin-readiness-common';
import { useEffect, useRef, useState } from 'react';
import { AnswerHistory } from '../AnswerHistory';
import { AnswerDetails } from './AnswerDetails';
import { confirmationOf, draftOf } from './answerDraft';
import { AnswerForm } from './AnswerForm';
import { AnswerToggle } from './AnswerToggle';
import { ProblemAlert } from './ProblemAlert';
import { QuestionChips } from './QuestionChips';
import { useAnswerEditor } from './useAnswerEditor';
import { questionAnchor } from '../../shared/questionLink';

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
}));

/**
 * One checklist question with its answer control. A failed save keeps what the person chose or
 * typed, and a conflict offers to load the other person's answer alongside it.
 */
export function QuestionRow(props: {
  question: ChecklistQuestion;
  answer?: ReadinessAnswer;
  requiredLevelTitle?: string;
  open: boolean;
  /** Told when the person works on this question (focus moves into it). */
  onWorkOn?: (questionId: string) => void;
  /** Set (to a new number each time) when a link or "Next open question" asks for this one. */
  focusRequest?: number;
  /** Told once the requested focus has moved here, so a later re-mount does not take it again. */
  onFocused?: () => void;
}) {
  const { question, answer, onWorkOn, focusRequest, onFocused } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus goes to the question's heading, which is always on the page once the row is: a
  // control may still be settling in (a button mounted in this render has no ripple yet, and
  // MUI's focus ripple fails on it), and the heading tells a screen reader which question it is.
  useEffect(() => {
    if (focusRequest !== undefined && heading.current) {
      heading.current.focus({ preventScroll: true });
      // jsdom has no layout, so no scrollIntoView.
      heading.current.scrollIntoView?.({ block: 'center' });
      onFocused?.();
    }
  }, [focusRequest, onFocused]);
  const classes = useStyles();
  const editor = useAnswerEditor(question, answer);
  const { state, readOnly, submit } = editor;
  const { editing, saving } = state;
  const [showHistory, setShowHistory] = useState(false);
  const canAct = !readOnly && !editing;
  const noteAction =
    answer?.source === 'person' && (answer.note || answer.links.length)
      ? 'Edit note and evidence'
      : 'Add note or evidence';

  return (
    <ListItem
      divider
      className={classes.row}
      id={questionAnchor(question.id)}
      data-question-id={question.id}
      data-open={props.open}
      onFocusCapture={() => onWorkOn?.(question.id)}
    >
      <div className={classes.header}>
        <div className={classes.text}>
          <Typography
            variant="subtitle1"
            component="h4"
            tabIndex={-1}
            ref={heading}
          >
            {question.text}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {question.guidance}
          </Typography>
          <QuestionChips
            answer={answer}
            requiredLevelTitle={props.requiredLevelTitle}
          />
        </div>
        <Box display="flex" alignItems="center" flexWrap="wrap">
          {answer?.source === 'evidence' && !answer.stale && canAct && (
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
          {answer?.stale && canAct && (
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
                aria-label={`Still true: confirm the answer to "${question.text}"`}
              >
                Still true
              </Button>
            </Box>
          )}
          <AnswerToggle
            questionText={question.text}
            value={state.draft.status}
            disabled={readOnly}
            busy={saving}
            onChoose={editor.choose}
          />
        </Box>
      </div>

      {answer && !editing && (
        <AnswerDetails
          answer={answer}
          questionText={question.text}
          busy={saving}
          onClearOverride={readOnly ? undefined : editor.clearOverride}
        />
      )}

      <Box display="flex">
        {canAct && (
          <Button
            size="small"
            color="primary"
            onClick={editor.open}
            aria-label={`${noteAction} for "${question.text}"`}
          >
            {noteAction}
          </Button>
        )}
        {answer && (
          <Button
            size="small"
            onClick={() => setShowHistory(shown => !shown)}
            aria-expanded={showHistory}
            aria-label={`${showHistory ? 'Hide history' : 'History'} of "${
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
          load={editor.loadHistory}
        />
      )}

      {editing && <AnswerForm questionId={question.id} editor={editor} />}

      <ProblemAlert
        problem={state.problem}
        answer={answer}
        draft={state.draft}
        onLoadTheirs={editor.reloadTheirs}
        onUseTheirs={editor.cancel}
        onKeepMine={() => editor.submit(state.draft)}
      />
    </ListItem>
  );
}
