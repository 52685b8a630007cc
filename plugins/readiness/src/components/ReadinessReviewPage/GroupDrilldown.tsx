import {
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { ASSESSMENT_STATE_TITLES } from '@readiness/plugin-readiness-common';
import {
  EntityDisplayName,
  EntityRefLink,
} from '@backstage/plugin-catalog-react';
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Button,
  Typography,
} from '@material-ui/core';
import {
  ReadinessLevel,
  ReviewFilters,
  ReviewGroupBy,
} from '@readiness/plugin-readiness-common';
import useAsync from 'react-use/esm/useAsync';
import { EntityScore, readinessApiRef } from '../../api/ReadinessApi';
import {
  GROUP_BY_LABEL,
  groupName,
  isRefGrouping,
} from '../shared/groupLabels';
import { LevelChip } from '../shared/LevelChip';
import { useEntityNames } from '../shared/useEntityNames';
import { downloadCsv, entitiesToCsv } from './reviewCsv';

const FILTER_OF: Record<ReviewGroupBy, keyof ReviewFilters> = {
  owner: 'owners',
  system: 'systems',
  domain: 'domains',
  kind: 'kinds',
  type: 'types',
  lifecycle: 'lifecycles',
};

/** At most this many entities are listed; the dialog says when a group has more. */
const LIMIT = 1000;

/** The entities of one group, lowest score first, one request for the whole list. */
export function GroupDrilldown(props: {
  groupBy: ReviewGroupBy;
  groupKey: string;
  filters: ReviewFilters;
  levels: ReadinessLevel[];
  onClose: () => void;
}) {
  const { groupBy, groupKey, filters, levels, onClose } = props;
  const api = useApi(readinessApiRef);
  const { value, loading, error } = useAsync(
    () =>
      api.getScores({
        ...filters,
        [FILTER_OF[groupBy]]: [groupKey],
        limit: LIMIT,
      }),
    [api, groupBy, groupKey, JSON.stringify(filters)],
  );
  const nameOf = useEntityNames(value?.items.map(i => i.entityRef) ?? []);
  const title = (
    <>
      {GROUP_BY_LABEL[groupBy]}:{' '}
      {isRefGrouping(groupBy) ? (
        <EntityDisplayName entityRef={groupKey} hideIcon disableTooltip />
      ) : (
        groupName(groupKey)
      )}
    </>
  );
  const columns: TableColumn<EntityScore>[] = [
    {
      title: 'Entity',
      field: 'entityRef',
      highlight: true,
      render: row => <EntityRefLink entityRef={row.entityRef} hideIcon />,
    },
    {
      title: 'Score',
      field: 'score',
      type: 'numeric',
      defaultSort: 'asc',
      render: row => (row.score === null ? '–' : `${row.score}%`),
    },
    {
      title: 'Level',
      field: 'level',
      render: row => (
        <LevelChip levelId={row.level} levels={levels} size="small" />
      ),
    },
    {
      title: 'Assessment',
      field: 'assessment',
      render: row => ASSESSMENT_STATE_TITLES[row.assessment],
    },
    {
      title: 'Answered',
      field: 'answered',
      type: 'numeric',
      render: row => `${row.answered}/${row.questions}`,
    },
    { title: 'Stale answers', field: 'stale', type: 'numeric' },
  ];
  return (
    <Dialog
      open
      onClose={onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="readiness-drilldown-title"
    >
      <DialogTitle id="readiness-drilldown-title">{title}</DialogTitle>
      <DialogContent>
        {loading && <Progress />}
        {error && <ResponseErrorPanel error={error} />}
        {value && (
          <>
            <Table<EntityScore>
              options={{
                // Draggable headers nest a button in the sort button (axe: nested-interactive).
                draggable: false,
                paging: true,
                pageSize: 10,
                search: true,
                padding: 'dense',
                toolbar: true,
                emptyRowsWhenPaging: false,
              }}
              title={`${
                value.totalCount ?? value.items.length
              } entities in scope`}
              columns={columns}
              data={value.items}
            />
            {(value.totalCount ?? 0) > value.items.length && (
              <Typography variant="caption">
                Showing the first {value.items.length} of {value.totalCount}.
              </Typography>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        {value && (
          <Button
            color="primary"
            onClick={() =>
              downloadCsv(
                `readiness-${groupName(groupKey)}.csv`,
                entitiesToCsv(value.items, levels, nameOf),
              )
            }
          >
            Export these entities as CSV
          </Button>
        )}
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
