import { Entity } from '@backstage/catalog-model';
import { EntityFilter } from '@backstage/plugin-catalog-react';
import {
  ReadinessFilterValue,
  isReadinessFilterActive,
  matchesReadinessFilter,
  readinessCatalogFilters,
  readinessFilterToQuery,
} from '@readiness/plugin-readiness-common';
import { ReadinessSource, readinessOf } from './entityReadiness';

/**
 * The catalog filter for readiness. With the catalog module's labels it narrows the catalog's
 * own query (server-side, so it works with pagination); without them it filters in the browser
 * against scores loaded in one request.
 *
 * @public
 */
export class ReadinessFilter implements EntityFilter {
  constructor(
    /** The levels, assessment states and score range chosen. */
    readonly value: ReadinessFilterValue,
    private readonly source: ReadinessSource,
  ) {}

  /** Whether the filter selects anything narrower than "everything". */
  get isActive(): boolean {
    return isReadinessFilterActive(this.value);
  }

  /** The catalog query filters, when the catalog has readiness labels. */
  getCatalogFilters(): Record<string, string[]> {
    return this.source.mode === 'labels'
      ? readinessCatalogFilters(this.value)
      : {};
  }

  /** Whether an entity passes, judged in the browser when there are no labels. */
  filterEntity(entity: Entity): boolean {
    return matchesReadinessFilter(
      this.value,
      this.isActive ? readinessOf(entity, this.source) : undefined,
    );
  }

  /** The filter as the catalog page's URL keeps it. */
  toQueryValue(): string[] {
    return readinessFilterToQuery(this.value);
  }
}
