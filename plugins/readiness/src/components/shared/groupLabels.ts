import { parseEntityRef } from '@backstage/catalog-model';
import { ReviewGroupBy } from '@readiness/plugin-readiness-common';

export const GROUP_BY_LABEL: Record<ReviewGroupBy, string> = {
  owner: 'Owner',
  system: 'System',
  domain: 'Domain',
  kind: 'Kind',
  type: 'Type',
  lifecycle: 'Lifecycle',
};

/** A group key as people read it: entity refs without their kind and default namespace. */
export function groupName(key: string | null): string {
  if (key === null) {
    return '(none)';
  }
  if (!/^[a-z]+:/i.test(key)) {
    return key;
  }
  try {
    const { namespace, name } = parseEntityRef(key);
    return namespace === 'default' ? name : `${namespace}/${name}`;
  } catch {
    return key;
  }
}

/** Whether a grouping's keys are entity refs, so they can link to catalog pages. */
export const isRefGrouping = (groupBy: ReviewGroupBy) =>
  groupBy === 'owner' || groupBy === 'system' || groupBy === 'domain';
