import { useApi } from '@backstage/core-plugin-api';
import { Box, Paper, Typography } from '@material-ui/core';
import {
  EntityCampaign,
  EntityReadiness,
  campaignQuestionsStillOpen,
  describeCampaignTarget,
} from '@readiness/plugin-readiness-common';
import { useEffect, useRef } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { readinessApiRef } from '../../api/ReadinessApi';
import { CampaignStateChip } from '../ReadinessCampaigns/CampaignStateChip';

/** What an entity still needs for a campaign, in words. */
function stillNeeded(item: EntityCampaign, readiness: EntityReadiness): string {
  const { target } = item.campaign;
  if (item.state === 'done') {
    return 'Target met.';
  }
  if ('level' in target) {
    const title = (id: string) =>
      readiness.levels.find(l => l.id === id)?.title ?? id;
    const now = readiness.result?.level?.title;
    return `Needs ${title(target.level)}; ${
      now ? `now ${now}` : 'it has not reached a level'
    }.`;
  }
  const texts = new Map(
    readiness.checklist?.sections.flatMap(s =>
      s.questions.map(q => [q.id, q.text] as const),
    ),
  );
  const open = campaignQuestionsStillOpen(target, readiness.answers);
  return `Still needs Yes to: ${open
    .map(id => texts.get(id) ?? id)
    .join('; ')}`;
}

/**
 * What the entity's campaigns judge it by: its level, and the answers to the questions they
 * target. The campaigns are reloaded when this changes.
 */
export function judgedBy(
  campaigns: EntityCampaign[],
  readiness: EntityReadiness,
): string {
  const targeted = new Set(
    campaigns.flatMap(c =>
      'questionIds' in c.campaign.target ? c.campaign.target.questionIds : [],
    ),
  );
  return JSON.stringify([
    readiness.result?.level?.id ?? null,
    readiness.answers
      .filter(a => targeted.has(a.questionId))
      .map(a => [a.questionId, a.status, a.stale, a.approval ?? null])
      .sort(),
  ]);
}

/**
 * The campaigns that concern the entity, where it stands in each, what it still needs and by
 * when; nothing when no campaign concerns it. Reloads when its level or a targeted answer
 * changes, so an answer that completes a campaign shows at once.
 */
export function EntityCampaigns(props: {
  entityRef: string;
  readiness: EntityReadiness;
  /** The card shows the open campaigns only. */
  variant?: 'tab' | 'card';
}) {
  const { entityRef, readiness, variant = 'tab' } = props;
  const api = useApi(readinessApiRef);
  const { value, retry } = useAsyncRetry(
    () => api.getEntityCampaigns(entityRef),
    [api, entityRef],
  );
  // Reloaded only when what the campaigns judge changed, not on every answer.
  const judged = judgedBy(value ?? [], readiness);
  const lastJudged = useRef<string>();
  useEffect(() => {
    if (value === undefined) {
      return;
    }
    if (lastJudged.current !== undefined && lastJudged.current !== judged) {
      retry();
    }
    lastJudged.current = judged;
  }, [value, judged, retry]);
  const items = (value ?? []).filter(
    item =>
      item.phase !== 'scheduled' &&
      (variant === 'tab' || item.state !== 'done'),
  );
  if (items.length === 0) {
    return null;
  }
  const levelTitle = (id: string) =>
    readiness.levels.find(l => l.id === id)?.title ?? id;
  const list = (
    <Box data-readiness-campaigns={variant}>
      <Typography variant="subtitle2" component="h3">
        Campaigns
      </Typography>
      {items.map(item => (
        <Box
          key={item.campaign.id}
          display="flex"
          alignItems="baseline"
          flexWrap="wrap"
          style={{ gap: 8 }}
          my={0.5}
          data-campaign-id={item.campaign.id}
        >
          <CampaignStateChip state={item.state} />
          <Typography variant="body2" component="span">
            <strong>{item.campaign.title}</strong>:{' '}
            {describeCampaignTarget(item.campaign.target, levelTitle)} by{' '}
            {item.campaign.dueOn}. {stillNeeded(item, readiness)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
  // On the tab, a panel of its own like the summary above it; on the card, part of the card.
  return variant === 'tab' ? (
    <Paper variant="outlined">
      <Box p={2}>{list}</Box>
    </Paper>
  ) : (
    list
  );
}
