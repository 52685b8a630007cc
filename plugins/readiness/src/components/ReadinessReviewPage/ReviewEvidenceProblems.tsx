import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Typography } from '@material-ui/core';
import {
  EvidenceProblemItem,
  ReviewFilters,
} from '@readiness/plugin-readiness-common';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api/ReadinessApi';

type Row = EvidenceProblemItem & { id: string };

const columns: TableColumn<Row>[] = [
  {
    title: 'Entity',
    field: 'entityRef',
    render: row => <EntityRefLink entityRef={row.entityRef} />,
  },
  {
    title: 'What failed',
    field: 'reason',
    render: row => `Could not ${row.attempted}: ${row.reason}`,
  },
  { title: 'Source', field: 'providerTitle' },
  {
    title: 'Since',
    field: 'since',
    render: row => row.since.slice(0, 10),
  },
];

/**
 * The entities whose automatic answers could not be checked at their last run (a repository
 * that could not be read, say), longest failing first. Their earlier answers still count, so a
 * platform team sees where automatic answers may be out of date.
 */
export function ReviewEvidenceProblems(props: { filters: ReviewFilters }) {
  const api = useApi(readinessApiRef);
  const { value } = useAsync(
    () => api.getEvidenceProblems(props.filters),
    [api, JSON.stringify(props.filters)],
  );
  if (!value) {
    return null;
  }
  return (
    <InfoCard title="Automatic answers that could not be checked">
      <div data-readiness-evidence-problems>
        {value.totalCount === 0 ? (
          <Typography variant="body2">
            Every automatic answer was checked at its last run.
          </Typography>
        ) : (
          <Table
            title={`Earlier answers kept for ${value.totalCount} ${
              value.totalCount === 1 ? 'entity' : 'entities'
            }${
              value.totalCount > value.items.length
                ? ` (${value.items.length} shown)`
                : ''
            }`}
            options={{
              paging: false,
              search: false,
              draggable: false,
              padding: 'dense',
            }}
            columns={columns}
            data={value.items.map(item => ({
              ...item,
              id: `${item.entityRef} ${item.providerId}`,
            }))}
          />
        )}
      </div>
    </InfoCard>
  );
}
