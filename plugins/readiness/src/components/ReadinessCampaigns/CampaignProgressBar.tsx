import { Box, Typography } from '@material-ui/core';
import {
  CAMPAIGN_ENTITY_STATE_COLORS,
  CAMPAIGN_ENTITY_STATE_TITLES,
  CAMPAIGN_ENTITY_STATES,
  CampaignProgress,
} from '@readiness/plugin-readiness-common';

/**
 * A campaign's done, open and overdue entities as one stacked bar in the states' colours, with
 * the figures in words beside it (the bar alone says nothing to a screen reader).
 */
export function CampaignProgressBar(props: {
  progress: CampaignProgress;
  label?: string;
}) {
  const { progress, label } = props;
  const total = Math.max(progress.entities, 1);
  const text = CAMPAIGN_ENTITY_STATES.filter(s => progress[s] > 0)
    .map(s => `${progress[s]} ${CAMPAIGN_ENTITY_STATE_TITLES[s].toLowerCase()}`)
    .join(' · ');
  return (
    <Box
      minWidth={160}
      data-readiness-progress={`${progress.done}/${progress.entities}`}
    >
      <Box
        display="flex"
        height={10}
        borderRadius={5}
        overflow="hidden"
        bgcolor="#e0e0e0"
        role="img"
        aria-label={`${label ?? 'Progress'}: ${progress.done} of ${
          progress.entities
        } done`}
      >
        {CAMPAIGN_ENTITY_STATES.map(state => (
          <Box
            key={state}
            width={`${(progress[state] / total) * 100}%`}
            bgcolor={CAMPAIGN_ENTITY_STATE_COLORS[state]}
          />
        ))}
      </Box>
      <Typography variant="body2">
        {progress.done} of {progress.entities} done
        {text ? ` (${text})` : ''}
      </Typography>
    </Box>
  );
}
