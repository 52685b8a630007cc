import {
  Content,
  ContentHeader,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
  TabbedLayout,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Box, Grid, Paper, Typography } from '@material-ui/core';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api/ReadinessApi';
import { FailingQuestions } from './FailingQuestions';
import { GroupDrilldown } from './GroupDrilldown';
import { GroupTable } from './GroupTable';
import { KeyFigures } from './KeyFigures';
import { LevelDistributionChart } from './LevelDistributionChart';
import { ReviewExemptions } from './ReviewExemptions';
import { ReviewEvidenceProblems } from './ReviewEvidenceProblems';
import { ReviewFilterBar } from './ReviewFilterBar';
import { SectionHeatmap } from './SectionHeatmap';
import { TrendChart } from './TrendChart';
import { useReviewParams } from './useReviewParams';
import { ReadinessCampaignsContent } from '../ReadinessCampaigns';

/**
 * The review without page chrome: filters, key figures, level distribution, the team table
 * with drill-down, the section heat map, the failing questions, the trend and the exemptions to
 * look at. The whole page costs four requests (report, two trends and the exemptions), however
 * many entities there are.
 *
 * @public
 */
export function ReadinessReviewContent() {
  const api = useApi(readinessApiRef);
  const [params, setParams] = useReviewParams();
  const [drillDown, setDrillDown] = useState<string>();
  const {
    value: report,
    loading,
    error,
  } = useAsync(() => api.getReport(params), [api, params]);

  return (
    <div data-readiness-surface="review">
      <ContentHeader title="Where are our gaps?">
        {/* Primary text: secondary grey is below 4.5:1 on the page background. */}
        <Typography variant="body2">
          Every catalog entity a checklist applies to, answered or not; share a
          view by copying the address.
        </Typography>
      </ContentHeader>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          {/* On paper: field labels are too light on the page background. */}
          <Paper variant="outlined">
            <Box p={2}>
              <ReviewFilterBar
                params={params}
                facets={report?.facets}
                onChange={setParams}
              />
            </Box>
          </Paper>
        </Grid>
        {loading && !report && (
          <Grid item xs={12}>
            <Progress />
          </Grid>
        )}
        {error && (
          <Grid item xs={12}>
            <ResponseErrorPanel
              error={error}
              title="Could not load the review"
            />
          </Grid>
        )}
        {report && report.totals.coverage.inScope === 0 && (
          <Grid item xs={12}>
            <EmptyState
              missing="data"
              title="No entities in scope"
              description="Nothing matches these filters, or no checklist applies to any catalog entity yet."
            />
          </Grid>
        )}
        {report && report.totals.coverage.inScope > 0 && (
          <>
            <Grid item xs={12}>
              <KeyFigures report={report} />
            </Grid>
            <Grid item xs={12} md={4}>
              <LevelDistributionChart report={report} />
            </Grid>
            <Grid item xs={12} md={8}>
              <TrendChart report={report} />
            </Grid>
            <Grid item xs={12}>
              <GroupTable report={report} onDrillDown={setDrillDown} />
            </Grid>
            <Grid item xs={12}>
              <SectionHeatmap report={report} onDrillDown={setDrillDown} />
            </Grid>
            <Grid item xs={12}>
              <FailingQuestions report={report} />
            </Grid>
            <Grid item xs={12}>
              <ReviewExemptions filters={report.filters} />
            </Grid>
            <Grid item xs={12}>
              <ReviewEvidenceProblems filters={report.filters} />
            </Grid>
          </>
        )}
      </Grid>
      {drillDown && report && (
        <GroupDrilldown
          groupBy={report.groupBy}
          groupKey={drillDown}
          filters={report.filters}
          levels={report.levels}
          onClose={() => setDrillDown(undefined)}
        />
      )}
    </div>
  );
}

/**
 * The org-wide readiness page for platform teams: the review (gaps, teams that need help,
 * questions that fail everywhere, the trend) and, at `campaigns`, the campaigns.
 *
 * @public
 */
export function ReadinessReviewPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Readiness review"
        subtitle="Gaps, teams that need help, questions that fail everywhere, the trend and campaigns"
      />
      <TabbedLayout>
        <TabbedLayout.Route path="/" title="Review">
          <Content>
            <ReadinessReviewContent />
          </Content>
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/campaigns" title="Campaigns">
          <Content>
            <ReadinessCampaignsContent />
          </Content>
        </TabbedLayout.Route>
      </TabbedLayout>
    </Page>
  );
}
