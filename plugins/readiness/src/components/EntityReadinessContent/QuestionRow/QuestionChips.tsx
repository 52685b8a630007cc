import { Box, Chip } from '@material-ui/core';
import {
  EXEMPTION_APPROVAL_TITLES,
  ReadinessAnswer,
} from '@readiness/plugin-readiness-common';

/** What marks a question: the level that requires it, an automatic answer, a stale one. */
export function QuestionChips(props: {
  answer?: ReadinessAnswer;
  requiredLevelTitle?: string;
}) {
  const { answer, requiredLevelTitle } = props;
  return (
    <Box mt={0.5} display="flex" flexWrap="wrap">
      {requiredLevelTitle && (
        <Box mr={1}>
          <Chip
            size="small"
            variant="outlined"
            label={`Required for ${requiredLevelTitle}`}
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
      {answer?.approval && answer.approval !== 'approved' && !answer.stale && (
        <Box mr={1}>
          <Chip
            size="small"
            color={answer.approval === 'rejected' ? 'secondary' : 'default'}
            label={EXEMPTION_APPROVAL_TITLES[answer.approval]}
          />
        </Box>
      )}
      {answer?.expiresAt && answer.status === 'na' && !answer.stale && (
        <Box mr={1}>
          <Chip
            size="small"
            variant="outlined"
            label={`N/A until ${answer.expiresAt.slice(0, 10)}`}
          />
        </Box>
      )}
      {answer?.stale && (
        <Box mr={1}>
          <Chip
            size="small"
            color="secondary"
            label={
              answer.expiresAt && Date.parse(answer.expiresAt) <= Date.now()
                ? 'Exemption expired'
                : 'Needs review'
            }
            title={
              answer.expiresAt
                ? `Exemption expired ${answer.expiresAt.slice(0, 10)}`
                : `Last reviewed ${answer.reviewedAt.slice(0, 10)}`
            }
          />
        </Box>
      )}
    </Box>
  );
}
