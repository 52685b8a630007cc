import { useApi } from '@backstage/core-plugin-api';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Grid,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@material-ui/core';
import { Alert, Autocomplete } from '@material-ui/lab';
import {
  Campaign,
  Checklist,
  ReadinessLevel,
  ReviewFilters,
  ReviewGroupBy,
  campaignDay,
} from '@readiness/plugin-readiness-common';
import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api/ReadinessApi';
import { describeError } from '../shared/describeError';
import { DiscardChangesDialog } from '../shared/DiscardChangesDialog';
import { CampaignScheduleFields } from './CampaignScheduleFields';
import { useEntityNames } from '../shared/useEntityNames';
import {
  CampaignDraft,
  campaignDraftProblems,
  campaignInputOf,
  emptyCampaignDraft,
} from './campaignForm';

// The scope fields the form offers, each with the review facet it picks values from.
const SCOPE_FIELDS: {
  filter: keyof ReviewFilters;
  facet: ReviewGroupBy;
  label: string;
}[] = [
  { filter: 'owners', facet: 'owner', label: 'Owners' },
  { filter: 'systems', facet: 'system', label: 'Systems' },
  { filter: 'domains', facet: 'domain', label: 'Domains' },
  { filter: 'kinds', facet: 'kind', label: 'Kinds' },
  { filter: 'types', facet: 'type', label: 'Types' },
  { filter: 'lifecycles', facet: 'lifecycle', label: 'Lifecycles' },
];

/**
 * The form that creates a campaign: title, target (a level or questions answered Yes), scope,
 * start and due dates and the reminder interval. It checks the draft with the backend's rules
 * before sending, and shows the backend's message if it still refuses.
 */
export function CreateCampaignDialog(props: {
  levels: ReadinessLevel[];
  checklists: Checklist[];
  onClose: () => void;
  onCreated: (campaign: Campaign) => void;
}) {
  const { levels, checklists, onClose, onCreated } = props;
  const api = useApi(readinessApiRef);
  const [initial] = useState<CampaignDraft>(() =>
    emptyCampaignDraft(levels, campaignDay(new Date())),
  );
  const [draft, setDraft] = useState<CampaignDraft>(initial);
  const [confirmingClose, setConfirmingClose] = useState(false);
  // Closing (Cancel, Escape, a click outside) asks first once something was entered.
  const requestClose = () => {
    if (JSON.stringify(draft) === JSON.stringify(initial)) {
      onClose();
    } else {
      setConfirmingClose(true);
    }
  };
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const { value: facets } = useAsync(
    async () => (await api.getReport({ groupBy: 'owner', filters: {} })).facets,
    [api],
  );
  const nameOf = useEntityNames([
    ...(facets?.owner ?? []),
    ...(facets?.system ?? []),
    ...(facets?.domain ?? []),
  ]);
  const questions = useMemo(
    () =>
      checklists.flatMap(c =>
        c.sections.flatMap(s =>
          s.questions.map(q => ({ id: q.id, text: q.text, section: s.title })),
        ),
      ),
    [checklists],
  );
  const problems = campaignDraftProblems(draft, levels, checklists);
  const change = (patch: Partial<CampaignDraft>) =>
    setDraft(current => ({ ...current, ...patch }));

  const save = async () => {
    setTouched(true);
    if (problems.length) {
      return;
    }
    setSaving(true);
    setSaveError(undefined);
    try {
      onCreated(await api.createCampaign(campaignInputOf(draft)));
    } catch (error) {
      setSaveError(describeError(error as Error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      onClose={requestClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="readiness-new-campaign"
    >
      <DialogTitle id="readiness-new-campaign">New campaign</DialogTitle>
      <DialogContent>
        <Grid container spacing={2}>
          <Grid item xs={12}>
            <TextField
              id="readiness-campaign-title"
              label="Title"
              required
              fullWidth
              variant="outlined"
              value={draft.title}
              onChange={e => change({ title: e.target.value })}
            />
          </Grid>
          <Grid item xs={12}>
            <TextField
              id="readiness-campaign-description"
              label="Description (optional)"
              fullWidth
              multiline
              minRows={2}
              variant="outlined"
              value={draft.description}
              onChange={e => change({ description: e.target.value })}
            />
          </Grid>
          <Grid item xs={12}>
            <Typography variant="subtitle2">Target</Typography>
            <RadioGroup
              row
              value={draft.targetKind}
              onChange={e =>
                change({
                  targetKind: e.target.value as CampaignDraft['targetKind'],
                })
              }
            >
              <FormControlLabel
                value="level"
                control={<Radio />}
                label="Reach a level"
              />
              <FormControlLabel
                value="questions"
                control={<Radio />}
                label="Answer Yes to questions"
              />
            </RadioGroup>
          </Grid>
          <Grid item xs={12}>
            {draft.targetKind === 'level' ? (
              <TextField
                select
                id="readiness-campaign-level"
                label="Level"
                fullWidth
                variant="outlined"
                value={draft.level}
                onChange={e => change({ level: e.target.value })}
              >
                {levels.map(l => (
                  <MenuItem key={l.id} value={l.id}>
                    {l.title} (or above)
                  </MenuItem>
                ))}
              </TextField>
            ) : (
              <Autocomplete
                id="readiness-campaign-questions"
                multiple
                options={questions}
                groupBy={q => q.section}
                getOptionLabel={q => q.text}
                value={questions.filter(q => draft.questionIds.includes(q.id))}
                onChange={(_e, value) =>
                  change({ questionIds: value.map(q => q.id) })
                }
                renderInput={params => (
                  <TextField {...params} label="Questions" variant="outlined" />
                )}
              />
            )}
          </Grid>
          {SCOPE_FIELDS.map(({ filter, facet, label }) => (
            <Grid item xs={12} sm={6} key={filter}>
              <Autocomplete
                id={`readiness-campaign-${filter}`}
                multiple
                options={facets?.[facet] ?? []}
                getOptionLabel={nameOf}
                value={draft.scope[filter] ?? []}
                onChange={(_e, value) =>
                  change({ scope: { ...draft.scope, [filter]: value } })
                }
                renderInput={params => (
                  <TextField
                    {...params}
                    label={`${label} (all when empty)`}
                    variant="outlined"
                  />
                )}
              />
            </Grid>
          ))}
          <CampaignScheduleFields draft={draft} onChange={change} />
          {touched && problems.length > 0 && (
            <Grid item xs={12}>
              <Alert severity="error">
                {problems.map(p => (
                  <div key={p}>{p}</div>
                ))}
              </Alert>
            </Grid>
          )}
          {saveError && (
            <Grid item xs={12}>
              <Alert severity="error">{saveError}</Alert>
            </Grid>
          )}
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={requestClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          onClick={save}
          disabled={saving}
        >
          Create campaign
        </Button>
      </DialogActions>
      <DiscardChangesDialog
        open={confirmingClose}
        what="this campaign"
        onKeep={() => setConfirmingClose(false)}
        onDiscard={onClose}
      />
    </Dialog>
  );
}
