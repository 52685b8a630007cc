import {
  ReviewGroupBy,
  reviewFiltersFromParams,
} from '@readiness/plugin-readiness-common';
import {
  DEFAULT_HISTORY_PAGE_SIZE,
  DEFAULT_SCORE_PAGE_SIZE,
} from './routeContext';

/** The subject filters shared by the scores and report endpoints, from their query string. */
const filtersOf = (query: Partial<Record<ReviewGroupBy, string[]>>) =>
  reviewFiltersFromParams(name => query[name]);

import { RouteContext } from './routeContext';

/** Bulk scores and the org-wide review: report, trends, evidence problems, exemptions, removed subjects. */
export function registerReviewRoutes(context: RouteContext) {
  const { router, service, review, httpAuth, caller } = context;
  router.get('/scores', async (req, res) => {
    const credentials = await caller(req);
    const {
      entityRef,
      level,
      minScore,
      maxScore,
      scoredSince,
      limit,
      cursor,
      fields,
    } = req.query;
    res.json(
      await service.queryScores(
        {
          ...filtersOf(req.query),
          entityRefs: entityRef,
          levels: level,
          minScore,
          maxScore,
          scoredSince,
          cursor,
          fields,
          limit: limit ?? DEFAULT_SCORE_PAGE_SIZE,
        },
        credentials,
      ),
    );
  });

  router.post('/scores/query', async (req, res) => {
    const credentials = await caller(req);
    res.json(
      await service.queryScores(
        { ...req.body, limit: req.body.limit ?? DEFAULT_SCORE_PAGE_SIZE },
        credentials,
      ),
    );
  });

  router.get('/report', async (req, res) => {
    const credentials = await caller(req);
    res.json(
      await review.getReport(
        req.query.groupBy ?? 'owner',
        filtersOf(req.query),
        credentials,
        req.query.population ?? 'all',
      ),
    );
  });

  router.get('/report/trends', async (req, res) => {
    const credentials = await caller(req);
    res.json(
      await review.getTrends(
        {
          groupBy: req.query.groupBy ?? 'all',
          days: req.query.days ?? 90,
          filters: filtersOf(req.query),
        },
        credentials,
      ),
    );
  });

  router.get('/report/evidence-problems', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(
      await review.getEvidenceProblems(filtersOf(req.query), credentials),
    );
  });

  router.get('/report/exemptions', async (req, res) => {
    const credentials = await caller(req);
    res.json(await review.getExemptions(filtersOf(req.query), credentials));
  });

  router.get('/subjects/removed', async (req, res) => {
    const credentials = await caller(req);
    res.json({
      items: await review.listRemovedSubjects(
        req.query.limit ?? DEFAULT_HISTORY_PAGE_SIZE,
        credentials,
      ),
    });
  });
}
