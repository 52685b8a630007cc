import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import { CatalogReader } from './CatalogReader';
import {
  EntityTrendPoint,
  ReadinessReport,
  ReadinessTrends,
  ReviewFilters,
  ReviewGroupBy,
  ReviewEvidenceProblems,
  ReviewExemptions,
  ReviewPopulation,
  storedEntityRef,
} from '@readiness/plugin-readiness-common';
import { CatalogVisibility } from '../permissions/CatalogVisibility';
import { ReadinessAccessControl } from '../permissions/ReadinessAuthorizer';
import { SubjectStore } from '../database/SubjectStore';
import {
  noReadinessMetrics,
  ReadinessMetrics,
} from '../metrics/ReadinessMetrics';
import { ReviewService } from '../domain/ReviewService';

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
  listRemovedSubjects(
    limit: number,
    credentials: BackstageCredentials,
  ): Promise<RemovedSubject[]>;
  /** Entities whose evidence could not be checked, over the entities the caller may read. */
  getEvidenceProblems(
    filters: ReviewFilters,
    credentials: BackstageCredentials,
  ): Promise<ReviewEvidenceProblems>;
  /** Pending and soon expiring exemptions, over the entities the caller may read. */
  getExemptions(
    filters: ReviewFilters,
    credentials: BackstageCredentials,
  ): Promise<ReviewExemptions>;
  /** An entity's own score over time: readable by whoever may read the entity. */
  getEntityTrend(
    ref: CompoundEntityRef,
    days: number,
    credentials: BackstageCredentials,
  ): Promise<{ from: string; points: EntityTrendPoint[] }>;
}

/** An entity that left the catalog; its answers and history are kept. */
export type RemovedSubject = {
  entityRef: string;
  kind: string;
  title?: string;
  owner?: string;
  answered: number;
  removedAt: string;
};

/**
 * The authorising wrapper around {@link ReviewService}: the review needs
 * `readiness.report.read`, and its figures, facets and trends cover only the entities the
 * caller may read in the catalog. An entity's own trend needs only that the caller may read the
 * entity, like its history. The entities that left the catalog (no longer in it, so no
 * catalog rule applies) need `readiness.admin`.
 */
export class AuthorizedReviewService implements ReviewOperations {
  constructor(
    private readonly options: {
      inner: ReviewService;
      catalog: CatalogReader;
      subjects: Pick<SubjectStore, 'listRemoved'>;
      authorizer: ReadinessAccessControl;
      visibility: CatalogVisibility;
      /** The entity kinds checklists apply to: the only ones the review can hold. */
      kinds: string[];
      /** Times each report, authorisation and visibility included, as the caller waits. */
      metrics?: ReadinessMetrics;
    },
  ) {}

  async getReport(
    groupBy: ReviewGroupBy,
    filters: ReviewFilters,
    credentials: BackstageCredentials,
    population?: ReviewPopulation,
  ) {
    const metrics = this.options.metrics ?? noReadinessMetrics;
    return metrics.timeReport(groupBy, async () =>
      this.options.inner.getReport(
        groupBy,
        filters,
        await this.visibleRefs(credentials),
        population,
      ),
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

  async getExemptions(
    filters: ReviewFilters,
    credentials: BackstageCredentials,
  ) {
    return this.options.inner.getExemptions(
      filters,
      await this.visibleRefs(credentials),
    );
  }

  async getEvidenceProblems(
    filters: ReviewFilters,
    credentials: BackstageCredentials,
  ) {
    return this.options.inner.getEvidenceProblems(
      filters,
      await this.visibleRefs(credentials),
    );
  }

  async listRemovedSubjects(limit: number, credentials: BackstageCredentials) {
    await this.options.authorizer.assertCanAdminister(credentials);
    const removed = await this.options.subjects.listRemoved(limit);
    return removed.map(r => ({
      entityRef: r.entityRef,
      kind: r.kind,
      ...(r.title ? { title: r.title } : {}),
      ...(r.owner ? { owner: r.owner } : {}),
      answered: r.answered,
      removedAt: r.removedAt,
    }));
  }

  async getEntityTrend(
    ref: CompoundEntityRef,
    days: number,
    credentials: BackstageCredentials,
  ) {
    const entity = await this.options.catalog.getEntity(ref, credentials);
    return this.options.inner.getEntityTrend(storedEntityRef(entity), days);
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
