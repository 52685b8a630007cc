import { Knex } from 'knex';
import { ReviewStore } from './ReviewStore';
import { listExemptions } from './review/exemptions';
import { getQuestionCounts } from './review/questionCounts';
import {
  countSubjects,
  getFacets,
  getFigures,
  getSectionSums,
} from './review/reviewFigures';
import {
  getEntityTrend,
  getTrends,
  pruneSnapshots,
  summariseSnapshot,
  takeSnapshot,
} from './review/snapshots';

/**
 * The knex implementation of {@link ReviewStore}, one module per concern under `review/`.
 * Every figure is a GROUP BY in the database; nothing loads individual answers or scores into
 * memory.
 */
export class DatabaseReviewStore implements ReviewStore {
  constructor(private readonly db: Knex) {}

  getFigures: ReviewStore['getFigures'] = options =>
    getFigures(this.db, options);

  getSectionSums: ReviewStore['getSectionSums'] = options =>
    getSectionSums(this.db, options);

  getQuestionCounts: ReviewStore['getQuestionCounts'] = options =>
    getQuestionCounts(this.db, options);

  getFacets: ReviewStore['getFacets'] = filters => getFacets(this.db, filters);

  countSubjects: ReviewStore['countSubjects'] = filters =>
    countSubjects(this.db, filters);

  listExemptions: ReviewStore['listExemptions'] = options =>
    listExemptions(this.db, options);

  takeSnapshot: ReviewStore['takeSnapshot'] = day => takeSnapshot(this.db, day);

  /** (Re)writes a day's group figures, for snapshots imported or seeded row by row. */
  summariseSnapshot = (day: string) => summariseSnapshot(this.db, day);

  pruneSnapshots: ReviewStore['pruneSnapshots'] = beforeDay =>
    pruneSnapshots(this.db, beforeDay);

  getTrends: ReviewStore['getTrends'] = options => getTrends(this.db, options);

  getEntityTrend: ReviewStore['getEntityTrend'] = (entityRef, fromDay) =>
    getEntityTrend(this.db, entityRef, fromDay);
}
