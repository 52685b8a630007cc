import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Box,
  Grid,
  MenuItem,
  Paper,
  TextField,
  Typography,
} from '@material-ui/core';
import {
  CAMPAIGN_ENTITY_STATE_COLORS,
  CAMPAIGN_ENTITY_STATE_TITLES,
  CAMPAIGN_ENTITY_STATES,
  CAMPAIGN_PHASE_TITLES,
  CampaignEntity,
  CampaignEntityState,
  CampaignTeamProgress,
  ReadinessLevel,
  describeCampaignTarget,
} from '@readiness/plugin-readiness-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { readinessApiRef } from '../../api/ReadinessApi';
import { LevelChip } from '../shared/LevelChip';
import { groupName } from '../shared/groupLabels';
import { useEntityNames } from '../shared/useEntityNames';
import { CampaignProgressBar } from './CampaignProgressBar';
import { CampaignStateChip } from './CampaignStateChip';

const PAGE_SIZE = 20;

/**
 * One campaign: what it asks and by when, its progress today and over time, per team and per
 * entity (a page at a time, filterable by team and state). One request per view.
 */
export function CampaignDetailView(props: {
  campaignId: string;
  levels: ReadinessLevel[];
  /** The text of a question, by id, as the checklists ask it. */
  questionText: (id: string) => string;
}) {
  const { campaignId, levels, questionText } = props;
  const api = useApi(readinessApiRef);
  const [state, setState] = useState<CampaignEntityState | ''>('');
  const [owner, setOwner] = useState<string>('');
  const [page, setPage] = useState(0);
  const { value, loading, error } = useAsync(
    () =>
      api.getCampaign(campaignId, {
        ...(state ? { state } : {}),
        ...(owner ? { owner } : {}),
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      }),
    [api, campaignId, state, owner, page],
  );
  const nameOf = useEntityNames(value?.teams.map(t => t.owner) ?? []);
  if (error) {
    return (
      <ResponseErrorPanel error={error} title="Could not load the campaign" />
    );
  }
  if (!value) {
    return <Progress />;
  }
  const { campaign, teams, entities, overTime } = value;
  const levelTitle = (id: string) => levels.find(l => l.id === id)?.title ?? id;

  const teamColumns: TableColumn<CampaignTeamProgress & { id: string }>[] = [
    {
      title: 'Team',
      field: 'owner',
      render: row =>
        row.owner ? <EntityRefLink entityRef={row.owner} /> : groupName(null),
    },
    {
      title: 'Progress',
      field: 'done',
      render: row => (
        <CampaignProgressBar progress={row} label={nameOf(row.owner)} />
      ),
    },
    { title: 'Entities', field: 'entities', type: 'numeric' },
  ];
  const entityColumns: TableColumn<CampaignEntity & { id: string }>[] = [
    {
      title: 'Entity',
      field: 'entityRef',
      render: row => <EntityRefLink entityRef={row.entityRef} />,
    },
    {
      title: 'Owner',
      field: 'owner',
      render: row =>
        row.owner ? <EntityRefLink entityRef={row.owner} /> : groupName(null),
    },
    {
      title: 'State',
      field: 'state',
      render: row => <CampaignStateChip state={row.state} />,
    },
    {
      title: 'Level',
      field: 'level',
      render: row => (
        <LevelChip
          levelId={row.level}
          levels={levels}
          size="small"
          detail={row.score === null ? undefined : `${row.score}%`}
        />
      ),
    },
  ];

  return (
    <Grid container spacing={3} data-readiness-campaign={campaign.id}>
      <Grid item xs={12} md={5}>
        <InfoCard title={campaign.title}>
          <Typography variant="body1">
            {describeCampaignTarget(campaign.target, levelTitle)} by{' '}
            {campaign.dueOn}
          </Typography>
          <Typography variant="body2">
            {CAMPAIGN_PHASE_TITLES[campaign.phase]} · from {campaign.startsOn}
            {campaign.reminderDays
              ? ` · reminders every ${campaign.reminderDays} days`
              : ''}
          </Typography>
          {campaign.description && (
            <Typography variant="body2">{campaign.description}</Typography>
          )}
          {'questionIds' in campaign.target && (
            <Typography variant="body2" component="ul">
              {campaign.target.questionIds.map(id => (
                <li key={id}>{questionText(id)}</li>
              ))}
            </Typography>
          )}
          <Box mt={2}>
            <CampaignProgressBar
              progress={campaign.progress}
              label={campaign.title}
            />
          </Box>
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={7}>
        <InfoCard title="Done over time">
          {overTime.length === 0 ? (
            <Typography variant="body2">
              The campaign has not started yet.
            </Typography>
          ) : (
            <ResponsiveContainer width="100%" height={200}>
              <LineChart data={overTime}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Legend />
                <Line
                  type="monotone"
                  dataKey="done"
                  name={CAMPAIGN_ENTITY_STATE_TITLES.done}
                  stroke={CAMPAIGN_ENTITY_STATE_COLORS.done}
                  isAnimationActive={false}
                />
                <Line
                  type="monotone"
                  dataKey="entities"
                  name="Entities"
                  stroke="#616161"
                  strokeDasharray="4 4"
                  // A dashed dot is a broken ring that reads as a "?": the dots stay solid.
                  dot={{ strokeDasharray: 'none' }}
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <Table
          title="Per team"
          options={{
            paging: teams.length > 10,
            search: false,
            draggable: false,
            padding: 'dense',
          }}
          columns={teamColumns}
          data={teams.map(t => ({ ...t, id: t.owner ?? '' }))}
        />
      </Grid>
      <Grid item xs={12}>
        {/* On paper: field labels are too light on the page background. */}
        <Paper variant="outlined" style={{ marginBottom: 8 }}>
          <Box display="flex" p={2} style={{ gap: 16 }}>
            <TextField
              select
              id="readiness-campaign-state"
              label="State"
              size="small"
              variant="outlined"
              style={{ minWidth: 160 }}
              value={state}
              onChange={e => {
                setState(e.target.value as CampaignEntityState | '');
                setPage(0);
              }}
            >
              <MenuItem value="">Every state</MenuItem>
              {CAMPAIGN_ENTITY_STATES.map(s => (
                <MenuItem key={s} value={s}>
                  {CAMPAIGN_ENTITY_STATE_TITLES[s]}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              id="readiness-campaign-team"
              label="Team"
              size="small"
              variant="outlined"
              style={{ minWidth: 200 }}
              value={owner}
              onChange={e => {
                setOwner(e.target.value);
                setPage(0);
              }}
            >
              <MenuItem value="">Every team</MenuItem>
              {teams
                .filter(t => t.owner)
                .map(t => (
                  <MenuItem key={t.owner!} value={t.owner!}>
                    {nameOf(t.owner)}
                  </MenuItem>
                ))}
            </TextField>
          </Box>
        </Paper>
        <Table
          title={`Entities (${entities.totalCount})`}
          isLoading={loading}
          options={{
            paging: true,
            pageSize: PAGE_SIZE,
            pageSizeOptions: [PAGE_SIZE],
            search: false,
            draggable: false,
            padding: 'dense',
          }}
          page={page}
          totalCount={entities.totalCount}
          onPageChange={setPage}
          columns={entityColumns}
          data={entities.items.map(e => ({ ...e, id: e.entityRef }))}
        />
      </Grid>
    </Grid>
  );
}
