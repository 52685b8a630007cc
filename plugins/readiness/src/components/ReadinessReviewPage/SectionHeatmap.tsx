import { InfoCard } from '@backstage/core-components';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
} from '@material-ui/core';
import { ReadinessReport } from '@readiness/plugin-readiness-common';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { ReactNode, useState } from 'react';
import {
  GROUP_BY_LABEL,
  groupName,
  isRefGrouping,
} from '../shared/groupLabels';
import { scoreColor } from '../shared/scoreColor';

const ROWS_PER_PAGE = 10;

/**
 * Average section score for every group (rows) and checklist section (columns), weakest
 * groups first, with the whole selection on top. Cells run from red (0) to green (100).
 */
export function SectionHeatmap(props: { report: ReadinessReport }) {
  const { report } = props;
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

  const row = (key: string, label: ReactNode) => (
    <TableRow key={key}>
      <TableCell component="th" scope="row" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </TableCell>
      {report.sections.map(section => {
        const cell = cells.get(`${key}\u0000${section.id}`);
        const score = cell?.averageScore ?? null;
        return (
          <TableCell
            key={section.id}
            align="center"
            style={{ backgroundColor: scoreColor(score) }}
            title={
              cell ? `${cell.entities} entities` : 'No entity has this section'
            }
          >
            {score === null ? '–' : Math.round(score)}
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
              ),
            )}
          </TableBody>
        </Table>
      </div>
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
