import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Button } from '@material-ui/core';
import GetAppIcon from '@material-ui/icons/GetApp';
import {
  ASSESSMENT_STATE_TITLES,
  NO_LEVEL,
  NO_LEVEL_TITLE,
  ReadinessReport,
} from '@readiness/plugin-readiness-common';
import { GROUP_BY_LABEL, isRefGrouping } from '../shared/groupLabels';
import { downloadCsv, reportToCsv } from './reviewCsv';
import { useEntityNames } from '../shared/useEntityNames';
import { useIsPhone } from '../shared/useIsPhone';

type Row = {
  id: string;
  key: string | null;
  name: string;
  inScope: number;
  assessed: number;
  automatic: number;
  notStarted: number;
  entities: number;
  averageScore: number | null;
  minScore: number | null;
  maxScore: number | null;
  staleAnswers: number;
  entitiesWithStale: number;
  [level: `level_${string}`]: number;
};

/**
 * One row per group (team, system, ...) with its figures; sortable by every column and paged.
 * "Entities" opens the group's entities.
 */
export function GroupTable(props: {
  report: ReadinessReport;
  onDrillDown: (key: string) => void;
}) {
  const { report, onDrillDown } = props;
  const { groupBy, levels } = report;
  const nameOf = useEntityNames(report.groups.map(g => g.key));
  const isPhone = useIsPhone();
  const rows: Row[] = report.groups.map(group => {
    const row: Row = {
      id: group.key ?? '',
      key: group.key,
      name: nameOf(group.key),
      inScope: group.coverage.inScope,
      assessed: group.coverage.assessed,
      automatic: group.coverage.automatic,
      notStarted: group.coverage.notStarted,
      entities: group.entities,
      averageScore: group.averageScore,
      minScore: group.minScore,
      maxScore: group.maxScore,
      staleAnswers: group.staleAnswers,
      entitiesWithStale: group.entitiesWithStale,
    };
    for (const id of [NO_LEVEL, ...levels.map(l => l.id)]) {
      row[`level_${id}`] = group.levels[id] ?? 0;
    }
    return row;
  });

  const columns: TableColumn<Row>[] = [
    {
      title: GROUP_BY_LABEL[groupBy],
      field: 'name',
      highlight: true,
      cellStyle: { whiteSpace: 'nowrap' },
      render: row =>
        row.key && isRefGrouping(groupBy) ? (
          <EntityRefLink entityRef={row.key} hideIcon />
        ) : (
          row.name
        ),
    },
    { title: 'In scope', field: 'inScope', type: 'numeric' },
    {
      title: ASSESSMENT_STATE_TITLES.assessed,
      field: 'assessed',
      type: 'numeric',
    },
    {
      title: ASSESSMENT_STATE_TITLES.automatic,
      field: 'automatic',
      type: 'numeric',
    },
    {
      title: ASSESSMENT_STATE_TITLES['not-started'],
      field: 'notStarted',
      type: 'numeric',
      defaultSort: 'desc',
    },
    {
      title: 'Entities',
      field: 'entities',
      type: 'numeric',
      render: row =>
        row.key === null ? (
          row.entities
        ) : (
          <Button
            size="small"
            color="primary"
            onClick={() => onDrillDown(row.key!)}
            aria-label={`Show the ${row.entities} entities of ${row.name}`}
          >
            {row.entities}
          </Button>
        ),
    },
    {
      title: 'Average',
      field: 'averageScore',
      type: 'numeric',
      defaultSort: 'asc',
      render: row => (row.averageScore === null ? '–' : `${row.averageScore}%`),
    },
    { title: 'Lowest', field: 'minScore', type: 'numeric' },
    { title: 'Highest', field: 'maxScore', type: 'numeric' },
    ...[...levels].reverse().map(
      (level): TableColumn<Row> => ({
        title: level.title,
        field: `level_${level.id}`,
        type: 'numeric',
      }),
    ),
    { title: NO_LEVEL_TITLE, field: 'level_none', type: 'numeric' },
    {
      title: 'Need review',
      field: 'entitiesWithStale',
      type: 'numeric',
    },
  ];

  // A phone shows the group, its average and its entities; the rest is one tap away (CSV).
  const phoneColumns = new Set(['name', 'averageScore', 'entities']);
  const shown = isPhone
    ? columns.map(c => ({
        ...c,
        hidden: !phoneColumns.has(String(c.field)),
      }))
    : columns;

  const exportCsv = () =>
    downloadCsv(
      `readiness-by-${groupBy}-${report.generatedAt.slice(0, 10)}.csv`,
      reportToCsv(report, nameOf),
    );

  return (
    <Table<Row>
      title={`Readiness by ${GROUP_BY_LABEL[groupBy].toLocaleLowerCase()}`}
      subtitle="Lowest average first. Select a number of entities to see them."
      options={{
        // Draggable headers nest a button in the sort button (axe: nested-interactive).
        draggable: false,
        paging: true,
        pageSize: 10,
        pageSizeOptions: [10, 25, 50],
        search: true,
        padding: 'dense',
        emptyRowsWhenPaging: false,
      }}
      columns={shown}
      data={rows}
      actions={[
        {
          icon: () => <GetAppIcon />,
          tooltip: 'Export this view as CSV',
          isFreeAction: true,
          onClick: exportCsv,
        },
      ]}
    />
  );
}
