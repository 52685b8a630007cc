import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { Box, List, ListItem, Typography } from '@material-ui/core';
import { ASSESSMENT_STATE_TITLES } from '@readiness/plugin-readiness-common';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api/ReadinessApi';
import { rootRouteRef } from '../../routes';
import { LevelChip } from '../shared/LevelChip';
import { reviewQueryOf, rollupFiltersOf } from './rollupScope';

const LOWEST = 5;

/**
 * Readiness rolled up on a Group, System or Domain page: coverage, average score and level
 * distribution over its entities, and the lowest of them, with a link to the review filtered
 * to the same entities. A team's card counts its direct sub-teams' entities too.
 */
export function EntityReadinessRollupCard() {
  const { entity } = useEntity();
  const api = useApi(readinessApiRef);
  const reviewLink = useRouteRef(rootRouteRef);
  const filters = rollupFiltersOf(entity);

  const { value, loading, error } = useAsync(async () => {
    if (!filters) {
      return undefined;
    }
    const [report, scores] = await Promise.all([
      api.getReport({ groupBy: 'owner', filters }),
      api.getScores({ ...filters, limit: 1000 }),
    ]);
    const lowest = [...scores.items]
      .sort((a, b) => (a.score ?? -1) - (b.score ?? -1))
      .slice(0, LOWEST);
    return { report, lowest };
  }, [api, JSON.stringify(filters)]);

  if (!filters) {
    return null;
  }
  if (loading) {
    return (
      <InfoCard title="Readiness">
        <Progress />
      </InfoCard>
    );
  }
  if (error || !value) {
    return (
      <InfoCard title="Readiness">
        <ResponseErrorPanel
          error={error ?? new Error('No readiness data')}
          title="Could not load readiness"
        />
      </InfoCard>
    );
  }

  const { totals, levels } = value.report;
  const { coverage } = totals;
  return (
    <InfoCard
      title="Readiness"
      subheader="Over every entity a checklist applies to"
      deepLink={{
        title: 'Open in the readiness review',
        link: `${reviewLink()}?${reviewQueryOf(filters)}`,
      }}
    >
      <Box display="flex" flexWrap="wrap" mb={2} style={{ gap: 24 }}>
        <Box role="group" aria-label="Coverage">
          <Typography variant="h5" component="p">
            {coverage.assessed} of {coverage.inScope}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {ASSESSMENT_STATE_TITLES.assessed}; {coverage.automatic}{' '}
            {ASSESSMENT_STATE_TITLES.automatic.toLocaleLowerCase('en-US')},{' '}
            {coverage.notStarted}{' '}
            {ASSESSMENT_STATE_TITLES['not-started'].toLocaleLowerCase('en-US')}
          </Typography>
        </Box>
        <Box role="group" aria-label="Average score">
          <Typography variant="h5" component="p">
            {totals.averageScore === null ? '–' : `${totals.averageScore}%`}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            Average score
          </Typography>
        </Box>
      </Box>
      <Box
        display="flex"
        flexWrap="wrap"
        mb={2}
        style={{ gap: 8 }}
        aria-label="Entities per level"
        role="list"
      >
        {[...levels].reverse().map(level => (
          <Box
            key={level.id}
            display="flex"
            alignItems="center"
            role="listitem"
          >
            <LevelChip levelId={level.id} levels={levels} size="small" />
            <Typography variant="body2">
              {totals.levels[level.id] ?? 0}
            </Typography>
          </Box>
        ))}
        <Box display="flex" alignItems="center" role="listitem">
          <Typography variant="body2">
            No level: {totals.levels.none ?? 0}
          </Typography>
        </Box>
      </Box>
      <Typography variant="subtitle2" component="h3">
        Lowest scores
      </Typography>
      <List dense aria-label="Lowest scores">
        {value.lowest.map(item => (
          <ListItem key={item.entityRef} disableGutters>
            <Box display="flex" justifyContent="space-between" width="100%">
              <EntityRefLink entityRef={item.entityRef} />
              <Typography variant="body2" color="textSecondary">
                {item.score === null ? '–' : `${item.score}%`} ·{' '}
                {ASSESSMENT_STATE_TITLES[item.assessment]}
              </Typography>
            </Box>
          </ListItem>
        ))}
      </List>
      {value.lowest.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          No entity here has a readiness checklist. See{' '}
          <Link to={reviewLink()}>the review</Link>.
        </Typography>
      )}
    </InfoCard>
  );
}
