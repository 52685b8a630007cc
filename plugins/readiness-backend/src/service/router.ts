import { HttpAuthService } from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { spec } from '../schema/openapi.generated';
import { ReviewFilters } from '@readiness/plugin-readiness-common';
import { ReadinessService } from './ReadinessService';
import { ReviewService } from './ReviewService';
import {
  rejectUnsafePathParams,
  rejectUnsafeQueryAndBody,
} from './rejectUnsafeText';

const DEFAULT_SCORE_PAGE_SIZE = 1000;

/** The subject filters shared by the scores and report endpoints, from their query string. */
const filtersOf = (query: {
  owner?: string[];
  system?: string[];
  domain?: string[];
  kind?: string[];
  type?: string[];
  lifecycle?: string[];
}): ReviewFilters => ({
  owners: query.owner,
  systems: query.system,
  domains: query.domain,
  kinds: query.kind,
  types: query.type,
  lifecycles: query.lifecycle,
});
const DEFAULT_HISTORY_PAGE_SIZE = 100;

/**
 * The HTTP API, described by src/schema/openapi.yaml. Request shapes are validated against that
 * document before a handler runs; domain rules are checked by the service. Handlers only
 * authenticate, translate and delegate.
 */
export async function createRouter(options: {
  service: ReadinessService;
  review: ReviewService;
  httpAuth: HttpAuthService;
}) {
  const { service, review, httpAuth } = options;
  const router = createValidatedOpenApiRouter<typeof spec>(spec);
  router.use(rejectUnsafeQueryAndBody);
  rejectUnsafePathParams(router, ['kind', 'namespace', 'name', 'questionId']);

  const caller = (req: Parameters<HttpAuthService['credentials']>[0]) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  router.get('/checklists', async (req, res) => {
    await caller(req);
    res.json(service.listChecklists());
  });

  router.get('/entities/:kind/:namespace/:name', async (req, res) => {
    const credentials = await caller(req);
    res.json(await service.getEntityReadiness(req.params, credentials));
  });

  router.post('/entities/:kind/:namespace/:name/answers', async (req, res) => {
    const credentials = await caller(req);
    const { kind, namespace, name } = req.params;
    res.json(
      await service.writeAnswers(
        { kind, namespace, name },
        req.body,
        credentials,
      ),
    );
  });

  router.put(
    '/entities/:kind/:namespace/:name/answers/:questionId',
    async (req, res) => {
      const credentials = await caller(req);
      const { kind, namespace, name, questionId } = req.params;
      const { checklistId, ...answer } = req.body;
      res.json(
        await service.writeAnswers(
          { kind, namespace, name },
          { checklistId, answers: [{ ...answer, questionId }] },
          credentials,
        ),
      );
    },
  );

  router.delete(
    '/entities/:kind/:namespace/:name/answers/:questionId',
    async (req, res) => {
      const credentials = await caller(req);
      const { kind, namespace, name, questionId } = req.params;
      res.json(
        await service.clearAnswer(
          { kind, namespace, name },
          { questionId, expectedVersion: req.query.expectedVersion },
          credentials,
        ),
      );
    },
  );

  router.get('/entities/:kind/:namespace/:name/history', async (req, res) => {
    const credentials = await caller(req);
    const { kind, namespace, name } = req.params;
    const items = await service.getHistory(
      { kind, namespace, name },
      {
        questionId: req.query.questionId,
        limit: req.query.limit ?? DEFAULT_HISTORY_PAGE_SIZE,
        beforeId: req.query.beforeId,
      },
      credentials,
    );
    res.json({ items });
  });

  router.get('/scores', async (req, res) => {
    await caller(req);
    const { entityRef, level, minScore, maxScore, scoredSince, limit, cursor } =
      req.query;
    res.json(
      await service.queryScores({
        ...filtersOf(req.query),
        entityRefs: entityRef,
        levels: level,
        minScore,
        maxScore,
        scoredSince,
        cursor,
        limit: limit ?? DEFAULT_SCORE_PAGE_SIZE,
      }),
    );
  });

  router.get('/report', async (req, res) => {
    const credentials = await caller(req);
    res.json(
      await review.getReport(
        req.query.groupBy ?? 'owner',
        filtersOf(req.query),
        credentials,
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

  router.post('/scores/query', async (req, res) => {
    await caller(req);
    res.json(
      await service.queryScores({
        ...req.body,
        limit: req.body.limit ?? DEFAULT_SCORE_PAGE_SIZE,
      }),
    );
  });

  return router;
}
