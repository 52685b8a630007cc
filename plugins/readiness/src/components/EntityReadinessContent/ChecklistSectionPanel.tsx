import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  LinearProgress,
  List,
  Typography,
} from '@material-ui/core';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import {
  ChecklistSection,
  describeReadinessCounts,
  readinessCounts,
  ReadinessAnswer,
  ReadinessLevel,
  SectionResult,
} from '@readiness/plugin-readiness-common';
import { QuestionRow } from './QuestionRow';
import { isOpen } from './openItems';
import { FocusRequest } from '../shared/questionLink';

/** Once a section has opened, the question that took focus inside it is brought into view. */
function revealFocusedQuestion(section: HTMLElement) {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && section.contains(focused)) {
    focused.scrollIntoView({ block: 'center' });
  }
}

/**
 * One collapsible checklist section with its progress and questions. With "only open items" the
 * question the person is working on stays listed after it is answered, until they move on.
 */
export function ChecklistSectionPanel(props: {
  section: ChecklistSection;
  result: SectionResult;
  answers: Map<string, ReadinessAnswer>;
  levels: ReadinessLevel[];
  onlyOpen: boolean;
  expanded: boolean;
  onExpand: (expanded: boolean) => void;
  workingOn?: string;
  onWorkOn: (questionId: string) => void;
  focusRequest?: FocusRequest;
  onFocused?: () => void;
}) {
  const { section, result, answers, onlyOpen, workingOn } = props;
  const questions = onlyOpen
    ? section.questions.filter(
        q => isOpen(answers.get(q.id)) || q.id === workingOn,
      )
    : section.questions;
  const summaryId = `readiness-section-${section.id}`;
  const levelTitle = (id?: string) =>
    id ? props.levels.find(l => l.id === id)?.title ?? id : undefined;

  return (
    <Accordion
      expanded={props.expanded}
      onChange={(_event, expanded) => props.onExpand(expanded)}
      TransitionProps={{ onEntered: revealFocusedQuestion }}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        id={summaryId}
        aria-controls={`${summaryId}-content`}
      >
        <Box flex={1} mr={2}>
          <Typography variant="h6" component="h3">
            {section.title}
          </Typography>
          <Box display="flex" alignItems="center" flexWrap="wrap">
            <Box flex="1 1 120px" mr={2} maxWidth={320}>
              <LinearProgress
                variant="determinate"
                value={result.score ?? 0}
                aria-label={`${section.title}: ${result.score ?? 0}% earned`}
              />
            </Box>
            <Typography variant="body2" color="textSecondary">
              {describeReadinessCounts(
                readinessCounts(
                  section.questions.map(q => q.id),
                  answers,
                ),
              )}
              {result.score !== null && ` · ${result.score}%`}
            </Typography>
          </Box>
        </Box>
      </AccordionSummary>
      <AccordionDetails id={`${summaryId}-content`}>
        {questions.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            Nothing open in this section.
          </Typography>
        ) : (
          <List disablePadding style={{ width: '100%' }}>
            {questions.map(question => (
              <QuestionRow
                key={question.id}
                question={question}
                answer={answers.get(question.id)}
                open={isOpen(answers.get(question.id))}
                onWorkOn={props.onWorkOn}
                focusRequest={
                  props.focusRequest?.questionId === question.id
                    ? props.focusRequest.sequence
                    : undefined
                }
                onFocused={props.onFocused}
                requiredLevelTitle={levelTitle(question.requiredForLevel)}
              />
            ))}
          </List>
        )}
      </AccordionDetails>
    </Accordion>
  );
}
