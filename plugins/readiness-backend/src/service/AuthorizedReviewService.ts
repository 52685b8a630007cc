import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ReadinessReport,
  ReadinessTrends,
  ReviewFilters,
  ReviewGroupBy,
  ReviewPopulation,
} from '@readiness/plugin-readiness-common';
import { CatalogVisibility } from '../permissions/CatalogVisibility';
import { ReadinessAccessControl } from '../permissions/ReadinessAuthorizer';
import { ReviewService } from './ReviewService';

/** The review operations of the API, as callers may perform them. */
export interface ReviewOperations {
  getReport(
    groupBy: ReviewGroupBy,
    filters: ReviewFilters,
    credentials: BackstageCredentials,
    population?: ReviewPopulation,
  ): Promise<ReadinessReport>;
  getTrends(
    options: {
      groupBy: ReviewGroupBy | 'all';
      days: number;
      filters: ReviewFilters;
    },
    credentials: BackstageCredentials,
  ): Promise<ReadinessTrends>;
}

/**
 * The authorising wrapper around {@link ReviewService}: the review needs
 * `readiness.report.read`, and its figures, facets and trends cover only the entities the
 * caller may read in the catalog.
 */
export class AuthorizedReviewService implements ReviewOperations {
  constructor(
    private readonly options: {
      inner: ReviewService;
      authorizer: ReadinessAccessControl;
      visibility: CatalogVisibility;
      /** The entity kinds checklists apply to: the only ones the review can hold. */
      kinds: string[];
    },
  ) {}

  async getReport(
    groupBy: ReviewGroupBy,
    filters: ReviewFilters,
    credentials: BackstageCredentials,
    population?: ReviewPopulation,
  ) {
    return this.options.inner.getReport(
      groupBy,
      filters,
      await this.visibleRefs(credentials),
      population,
    );
  }

  async getTrends(
    options: {
      groupBy: ReviewGroupBy | 'all';
      days: number;
      filters: ReviewFilters;
    },
    credentials: BackstageCredentials,
  ) {
    return this.options.inner.getTrends(
      options,
      await this.visibleRefs(credentials),
    );
  }

  private async visibleRefs(credentials: BackstageCredentials) {
    const { authorizer, visibility, kinds } = this.options;
    await authorizer.assertCanReadReports(credentials);
    return visibility.listVisible(
      await visibility.scopeFor(credentials),
      kinds,
    );
  }
}
