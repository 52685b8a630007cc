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
  ReadinessAnswer,
  ReadinessLevel,
  SectionResult,
} from '@readiness/plugin-readiness-common';
import { QuestionRow } from './QuestionRow';

/** Whether a question still needs work: unanswered, No, Partial or stale. */
export const isOpen = (answer: ReadinessAnswer | undefined) =>
  !answer ||
  answer.stale ||
  answer.status === 'no' ||
  answer.status === 'partial';

/** One collapsible checklist section with its progress and questions. */
export function ChecklistSectionPanel(props: {
  section: ChecklistSection;
  result: SectionResult;
  answers: Map<string, ReadinessAnswer>;
  levels: ReadinessLevel[];
  onlyOpen: boolean;
  defaultExpanded: boolean;
}) {
  const { section, result, answers, onlyOpen } = props;
  const questions = onlyOpen
    ? section.questions.filter(q => isOpen(answers.get(q.id)))
    : section.questions;
  const summaryId = `readiness-section-${section.id}`;
  const levelTitle = (id?: string) =>
    id ? props.levels.find(l => l.id === id)?.title ?? id : undefined;

  return (
    <Accordion defaultExpanded={props.defaultExpanded}>
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        id={summaryId}
        aria-controls={`${summaryId}-content`}
      >
        <Box flex={1} mr={2}>
          <Typography variant="h6" component="h3">
            {section.title}
          </Typography>
          <Box display="flex" alignItems="center">
            <Box flex={1} mr={2} maxWidth={320}>
              <LinearProgress
                variant="determinate"
                value={result.score ?? 0}
                aria-label={`${section.title}: ${result.score ?? 0}% earned`}
              />
            </Box>
            <Typography variant="body2" color="textSecondary">
              {result.answered}/{result.questions} answered
              {result.score !== null && ` · ${result.score}%`}
              {result.stale > 0 && ` · ${result.stale} need review`}
            </Typography>
          </Box>
        </Box>
      </AccordionSummary>
      <AccordionDetails>
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
                requiredLevelTitle={levelTitle(question.requiredForLevel)}
              />
            ))}
          </List>
        )}
      </AccordionDetails>
    </Accordion>
  );
}
