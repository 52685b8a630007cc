import { InfoCard } from '@backstage/core-components';
import {
  Box,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@material-ui/core';
import {
  ReadinessReport,
  SCORE_BANDS,
  scoreBandOf,
} from '@readiness/plugin-readiness-common';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { ReactNode, useState } from 'react';
import {
  GROUP_BY_LABEL,
  groupName,
  isRefGrouping,
} from '../shared/groupLabels';

const ROWS_PER_PAGE = 10;

/** Which fill means which scores, in the bands every surface uses. */
function BandLegend() {
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      px={2}
      py={1}
      style={{ gap: 12 }}
      aria-label="Colour scale"
      role="list"
    >
      {SCORE_BANDS.map(band => (
        <Box key={band.from} display="flex" alignItems="center" role="listitem">
          <Box
            width={16}
            height={16}
            mr={0.5}
            style={{ backgroundColor: band.color }}
          />
          <Typography variant="caption">
            {Math.round(band.from)}–{Math.round(band.to)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/**
 * Average section score for every group (rows) and checklist section (columns), weakest
 * groups first, with the whole selection on top. Cells take the fill of their score band; a
 * group's cells open its drill-down.
 */
export function SectionHeatmap(props: {
  report: ReadinessReport;
  onDrillDown?: (groupKey: string) => void;
}) {
  const { report, onDrillDown } = props;
  const [page, setPage] = useState(0);
  const cells = new Map(
    report.sectionScores.map(c => [`${c.key}\u0000${c.sectionId}`, c]),
  );
  const groups = [...report.groups].sort(
    (a, b) => (a.averageScore ?? 0) - (b.averageScore ?? 0),
  );
  const visible = groups.slice(
    page * ROWS_PER_PAGE,
    (page + 1) * ROWS_PER_PAGE,
  );
  const caption = `Average section score by ${GROUP_BY_LABEL[
    report.groupBy
  ].toLocaleLowerCase()}`;

  const row = (key: string, label: ReactNode, drillDown?: () => void) => (
    <TableRow key={key}>
      <TableCell component="th" scope="row" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </TableCell>
      {report.sections.map(section => {
        const cell = cells.get(`${key}\u0000${section.id}`);
        const score = cell?.averageScore ?? null;
        const text = score === null ? '–' : String(Math.round(score));
        return (
          <TableCell
            key={section.id}
            align="center"
            style={{ backgroundColor: scoreBandOf(score)?.color }}
            title={
              cell ? `${cell.entities} entities` : 'No entity has this section'
            }
          >
            {drillDown && cell ? (
              <Link
                component="button"
                color="inherit"
                underline="always"
                onClick={drillDown}
                data-heatmap-section={section.id}
              >
                {text}
              </Link>
            ) : (
              text
            )}
          </TableCell>
        );
      })}
    </TableRow>
  );

  return (
    <InfoCard title={caption} noPadding>
      {/* Wider than a phone: the table scrolls sideways inside the card, not the page. */}
      <div style={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={caption}>
          <TableHead>
            <TableRow>
              <TableCell>{GROUP_BY_LABEL[report.groupBy]}</TableCell>
              {report.sections.map(section => (
                <TableCell
                  key={section.id}
                  align="center"
                  style={{ minWidth: 88 }}
                >
                  {section.title}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {row('*', 'All selected')}
            {visible.map(group =>
              row(
                String(group.key),
                group.key && isRefGrouping(report.groupBy) ? (
                  <EntityDisplayName entityRef={group.key} hideIcon />
                ) : (
                  groupName(group.key)
                ),
                onDrillDown && group.key !== null
                  ? () => onDrillDown(group.key!)
                  : undefined,
              ),
            )}
          </TableBody>
        </Table>
      </div>
      <BandLegend />
      {groups.length > ROWS_PER_PAGE && (
        <TablePagination
          component="div"
          count={groups.length}
          page={page}
          rowsPerPage={ROWS_PER_PAGE}
          rowsPerPageOptions={[ROWS_PER_PAGE]}
          onPageChange={(_event, next) => setPage(next)}
        />
      )}
    </InfoCard>
  );
}
