import { Grid, TextField } from '@material-ui/core';
import { CampaignDraft } from './campaignForm';

/** The schedule's fields, each a third of the form's width. */
const SCHEDULE_FIELDS: {
  key: 'startsOn' | 'dueOn' | 'reminderDays';
  id: string;
  label: string;
  type: 'date' | 'number';
}[] = [
  { key: 'startsOn', id: 'starts-on', label: 'Starts on', type: 'date' },
  { key: 'dueOn', id: 'due-on', label: 'Due on', type: 'date' },
  {
    key: 'reminderDays',
    id: 'reminder-days',
    label: 'Remind every (days, 0 for never)',
    type: 'number',
  },
];

/** When a campaign starts, is due, and how often it reminds owners. */
export function CampaignScheduleFields(props: {
  draft: CampaignDraft;
  onChange: (patch: Partial<CampaignDraft>) => void;
}) {
  const { draft, onChange } = props;
  return (
    <>
      {SCHEDULE_FIELDS.map(({ key, id, label, type }) => (
        <Grid item xs={12} sm={4} key={key}>
          <TextField
            id={`readiness-campaign-${id}`}
            label={label}
            type={type}
            fullWidth
            variant="outlined"
            InputLabelProps={type === 'date' ? { shrink: true } : undefined}
            value={draft[key]}
            onChange={e => onChange({ [key]: e.target.value })}
          />
        </Grid>
      ))}
    </>
  );
}
