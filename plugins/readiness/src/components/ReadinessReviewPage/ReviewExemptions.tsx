import { InfoCard, Link, Table, TableColumn } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink, entityRouteRef } from '@backstage/plugin-catalog-react';
import { parseEntityRef } from '@backstage/catalog-model';
import { Grid, Typography } from '@material-ui/core';
import {
  EXEMPTION_APPROVAL_TITLES,
  ExemptionItem,
  ReviewFilters,
} from '@readiness/plugin-readiness-common';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api/ReadinessApi';
import { ActorName } from '../shared/ActorName';
import { QUESTION_PARAM } from '../shared/questionLink';

type Row = ExemptionItem & { id: string };

/**
 * The exemptions that need a look: those waiting for approval (oldest first) and those that
 * expire soon, each linking to its question on the entity's Readiness tab, where an approver
 * decides.
 */
export function ReviewExemptions(props: { filters: ReviewFilters }) {
  const api = useApi(readinessApiRef);
  const entityLink = useRouteRef(entityRouteRef);
  const { value } = useAsync(
    () => api.getExemptions(props.filters),
    [api, JSON.stringify(props.filters)],
  );
  if (!value) {
    return null;
  }
  const questionLink = (item: ExemptionItem) => {
    const { kind, namespace, name } = parseEntityRef(item.entityRef);
    return `${entityLink({
      kind,
      namespace,
      name,
    })}/readiness?${QUESTION_PARAM}=${encodeURIComponent(item.questionId)}`;
  };
  const columns = (when: 'answeredAt' | 'expiresAt'): TableColumn<Row>[] => [
    {
      title: 'Entity',
      field: 'entityRef',
      render: row => <EntityRefLink entityRef={row.entityRef} />,
    },
    {
      title: 'Question',
      field: 'questionText',
      render: row => <Link to={questionLink(row)}>{row.questionText}</Link>,
    },
    { title: 'Why N/A', field: 'note' },
    {
      title: 'Asked by',
      field: 'answeredBy',
      render: row => <ActorName principal={row.answeredBy} />,
    },
    {
      title: when === 'answeredAt' ? 'Asked on' : 'Expires on',
      field: when,
      render: row => row[when]?.slice(0, 10),
    },
    ...(when === 'expiresAt'
      ? [
          {
            title: 'Approval',
            field: 'approval',
            render: (row: Row) =>
              row.approval
                ? EXEMPTION_APPROVAL_TITLES[row.approval]
                : 'Not needed',
          },
        ]
      : []),
  ];
  const rows = (items: ExemptionItem[]) =>
    items.map(i => ({ ...i, id: `${i.entityRef} ${i.questionId}` }));
  const shown = (page: { items: unknown[]; totalCount: number }) =>
    page.totalCount > page.items.length
      ? ` (${page.items.length} of ${page.totalCount})`
      : ` (${page.totalCount})`;
  return (
    <InfoCard title="Exemptions">
      <Grid container spacing={2} data-readiness-exemptions>
        <Grid item xs={12}>
          {value.pending.totalCount === 0 ? (
            <Typography variant="body2">
              No exemption waits for approval.
            </Typography>
          ) : (
            <Table
              title={`Waiting for approval${shown(value.pending)}`}
              options={{
                paging: false,
                search: false,
                draggable: false,
                padding: 'dense',
              }}
              columns={columns('answeredAt')}
              data={rows(value.pending.items)}
            />
          )}
        </Grid>
        <Grid item xs={12}>
          {value.expiring.totalCount === 0 ? (
            <Typography variant="body2">
              No exemption expires in the next {value.expiringWithinDays} days.
            </Typography>
          ) : (
            <Table
              title={`Expiring within ${value.expiringWithinDays} days${shown(
                value.expiring,
              )}`}
              options={{
                paging: false,
                search: false,
                draggable: false,
                padding: 'dense',
              }}
              columns={columns('expiresAt')}
              data={rows(value.expiring.items)}
            />
          )}
        </Grid>
      </Grid>
    </InfoCard>
  );
}
