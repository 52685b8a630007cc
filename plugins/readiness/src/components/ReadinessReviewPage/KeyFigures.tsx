import { InfoCard } from '@backstage/core-components';
import { Grid, Typography } from '@material-ui/core';
import {
  ASSESSMENT_STATE_TITLES,
  ReadinessReport,
} from '@readiness/plugin-readiness-common';

function Figure(props: { label: string; value: string; detail?: string }) {
  return (
    <Grid item xs={6} md={3} lg>
      <InfoCard noPadding>
        <div
          role="group"
          aria-label={props.label}
          style={{ padding: 16, textAlign: 'center' }}
        >
          <Typography variant="h4" component="p">
            {props.value}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {props.label}
          </Typography>
          {props.detail && (
            <Typography variant="caption" color="textSecondary">
              {props.detail}
            </Typography>
          )}
        </div>
      </InfoCard>
    </Grid>
  );
}

const percent = (part: number, whole: number) =>
  whole ? `${Math.round((part / whole) * 100)}%` : '–';

/** Over which entities the scores are computed, for each figure's caption. */
export const populationLabel = (report: ReadinessReport) =>
  report.population === 'assessed'
    ? 'over assessed entities'
    : 'over all entities in scope';

/**
 * The headline numbers of the review: coverage first (the entities nobody assessed are the
 * biggest gap), then the scores over the chosen population.
 */
export function KeyFigures(props: { report: ReadinessReport }) {
  const { totals, levels } = props.report;
  const { coverage } = totals;
  const top = levels[levels.length - 1];
  const atLevel = totals.entities - (totals.levels.none ?? 0);
  const over = populationLabel(props.report);
  return (
    <Grid container spacing={2}>
      <Figure
        label="Coverage"
        value={percent(coverage.assessed, coverage.inScope)}
        detail={`${coverage.assessed} of ${
          coverage.inScope
        } in scope ${ASSESSMENT_STATE_TITLES.assessed.toLowerCase()}; ${
          coverage.automatic
        } ${ASSESSMENT_STATE_TITLES.automatic.toLowerCase()}, ${
          coverage.notStarted
        } ${ASSESSMENT_STATE_TITLES['not-started'].toLowerCase()}`}
      />
      <Figure
        label="Average score"
        value={totals.averageScore === null ? '–' : `${totals.averageScore}%`}
        detail={
          totals.minScore === null
            ? over
            : `${over}, from ${totals.minScore}% to ${totals.maxScore}%`
        }
      />
      <Figure
        label="Reached a level"
        value={percent(atLevel, totals.entities)}
        detail={`${atLevel} of ${totals.entities} ${over}`}
      />
      {top && (
        <Figure
          label={`At ${top.title}`}
          value={String(totals.levels[top.id] ?? 0)}
          detail={`${percent(
            totals.levels[top.id] ?? 0,
            totals.entities,
          )} ${over}`}
        />
      )}
      <Figure
        label="Need review"
        value={String(totals.entitiesWithStale)}
        detail={`${totals.staleAnswers} stale answers`}
      />
    </Grid>
  );
}
