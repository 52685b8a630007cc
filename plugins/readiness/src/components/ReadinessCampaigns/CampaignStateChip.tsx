import { Chip } from '@material-ui/core';
import {
  CAMPAIGN_ENTITY_STATE_COLORS,
  CAMPAIGN_ENTITY_STATE_TITLES,
  CampaignEntityState,
} from '@readiness/plugin-readiness-common';

/** Where an entity stands in a campaign, in the state's one colour. */
export function CampaignStateChip(props: { state: CampaignEntityState }) {
  const color = CAMPAIGN_ENTITY_STATE_COLORS[props.state];
  return (
    <Chip
      size="small"
      label={CAMPAIGN_ENTITY_STATE_TITLES[props.state]}
      style={{ backgroundColor: color, color: '#fff' }}
      data-campaign-state={props.state}
    />
  );
}
