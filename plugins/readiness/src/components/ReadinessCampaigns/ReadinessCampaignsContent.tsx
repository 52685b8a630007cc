import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Box, Button, Link, Typography } from '@material-ui/core';
import AddIcon from '@material-ui/icons/Add';
import {
  CAMPAIGN_PHASE_TITLES,
  CampaignSummary,
  describeCampaignTarget,
} from '@readiness/plugin-readiness-common';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { readinessApiRef } from '../../api/ReadinessApi';
import { CampaignDetailView } from './CampaignDetailView';
import { CampaignProgressBar } from './CampaignProgressBar';
import { CreateCampaignDialog } from './CreateCampaignDialog';

const CAMPAIGN_PARAM = 'campaign';

/**
 * The campaign page: every campaign with its progress (one request), the selected one in detail
 * (`?campaign=<id>`, so it is a link to share), and, for those with `readiness.campaign.manage`,
 * a form for a new one.
 *
 * @public
 */
export function ReadinessCampaignsContent() {
  const api = useApi(readinessApiRef);
  const [searchParams, setSearchParams] = useSearchParams();
  const selected = searchParams.get(CAMPAIGN_PARAM);
  const [creating, setCreating] = useState(false);
  const list = useAsyncRetry(async () => {
    const [campaigns, checklists] = await Promise.all([
      api.listCampaigns(),
      api.getChecklists(),
    ]);
    return { ...campaigns, checklists };
  }, [api]);
  const select = (id: string | undefined) => {
    const next = new URLSearchParams(searchParams);
    if (id) next.set(CAMPAIGN_PARAM, id);
    else next.delete(CAMPAIGN_PARAM);
    setSearchParams(next);
  };

  if (list.error) {
    return (
      <ResponseErrorPanel
        error={list.error}
        title="Could not load the campaigns"
      />
    );
  }
  if (!list.value) {
    return <Progress />;
  }
  const { items, canManage, checklists } = list.value;
  const { levels } = checklists;
  const levelTitle = (id: string) => levels.find(l => l.id === id)?.title ?? id;
  const questionTexts = new Map(
    checklists.items.flatMap(c =>
      c.sections.flatMap(s => s.questions.map(q => [q.id, q.text] as const)),
    ),
  );

  const columns: TableColumn<CampaignSummary>[] = [
    {
      title: 'Campaign',
      field: 'title',
      render: row => (
        <Link
          component="button"
          variant="body2"
          onClick={() => select(row.id)}
          aria-current={row.id === selected ? 'true' : undefined}
        >
          {row.title}
        </Link>
      ),
    },
    {
      title: 'Target',
      field: 'target',
      render: row => describeCampaignTarget(row.target, levelTitle),
    },
    { title: 'Due', field: 'dueOn' },
    {
      title: 'Status',
      field: 'phase',
      render: row => CAMPAIGN_PHASE_TITLES[row.phase],
    },
    {
      title: 'Progress',
      field: 'progress',
      render: row => (
        <CampaignProgressBar progress={row.progress} label={row.title} />
      ),
    },
  ];

  return (
    <div data-readiness-surface="campaigns">
      {/* On a phone the button goes below the text instead of being squeezed by it. */}
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        mb={2}
        style={{ gap: 8 }}
      >
        <Typography variant="body1" style={{ flex: '1 1 240px' }}>
          Drive a level or a set of answers across teams by a date; owners are
          notified when a campaign starts, at each reminder and when it is
          overdue.
        </Typography>
        {canManage && (
          <Button
            variant="contained"
            color="primary"
            startIcon={<AddIcon />}
            onClick={() => setCreating(true)}
            style={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          >
            New campaign
          </Button>
        )}
      </Box>
      {items.length === 0 ? (
        <EmptyState
          missing="data"
          title="No campaigns yet"
          description={
            canManage
              ? 'Create one with "New campaign", or define campaigns in app-config under readiness.campaigns.'
              : 'Campaigns are defined in app-config under readiness.campaigns, or by people with the readiness.campaign.manage permission.'
          }
        />
      ) : (
        <Table
          title="Campaigns"
          options={{
            paging: items.length > 20,
            pageSize: 20,
            search: false,
            draggable: false,
            padding: 'dense',
          }}
          columns={columns}
          data={items}
        />
      )}
      {selected && (
        <Box mt={3}>
          <CampaignDetailView
            key={selected}
            campaignId={selected}
            levels={levels}
            questionText={id => questionTexts.get(id) ?? id}
          />
        </Box>
      )}
      {creating && (
        <CreateCampaignDialog
          levels={levels}
          checklists={checklists.items}
          onClose={() => setCreating(false)}
          onCreated={campaign => {
            setCreating(false);
            list.retry();
            select(campaign.id);
          }}
        />
      )}
    </div>
  );
}
