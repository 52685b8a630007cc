import {
  AuditorService,
  AuditorServiceCreateEventOptions,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { NotFoundError } from '@backstage/errors';
import {
  ReviewGroupBy,
  reviewFiltersFromParams,
} from '@readiness/plugin-readiness-common';
import { spec } from '../schema/openapi.generated';
import { ReadinessOperations } from './AuthorizedReadinessService';
import { etagsMatch } from '../domain/etagsMatch';
import { ReviewOperations } from './AuthorizedReviewService';
import { databaseUnavailableHandler } from './databaseErrors';
import {
  rejectUnsafePathParams,
  rejectUnsafeQueryAndBody,
} from './rejectUnsafeText';
import { CampaignOperations } from './AuthorizedCampaignService';

/** What an audit event may carry (a JSON object). */
type AuditMeta = NonNullable<AuditorServiceCreateEventOptions['meta']>;

const DEFAULT_SCORE_PAGE_SIZE = 1000;
const DEFAULT_HISTORY_PAGE_SIZE = 100;

/** The subject filters shared by the scores and report endpoints, from their query string. */
const filtersOf = (query: Partial<Record<ReviewGroupBy, string[]>>) =>
  reviewFiltersFromParams(name => query[name]);

/**
 * The HTTP API, described by src/schema/openapi.yaml. Request shapes are validated against that
 * document before a handler runs. Handlers authenticate, translate and delegate to the
 * authorising services; writes are audited here, with the request, so each event's actor is the
 * caller.
 */
export async function createRouter(options: {
  service: ReadinessOperations;
  review: ReviewOperations;
  campaigns: CampaignOperations;
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  logger: LoggerService;
}) {
  const { service, review, campaigns, httpAuth, auditor, logger } = options;
  const router = createValidatedOpenApiRouter<typeof spec>(spec);
  router.use(rejectUnsafeQueryAndBody);
  rejectUnsafePathParams(router, [
    'kind',
    'namespace',
    'name',
    'questionId',
    'campaignId',
  ]);

  type AnyRequest = Parameters<HttpAuthService['credentials']>[0];
  const caller = (req: AnyRequest) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  /**
   * Runs a write as one audit event: initiated, then succeeded with what it changed (every
   * property the write returns beside `result`), or failed.
   */
  const audited = async <T>(
    req: AnyRequest,
    eventId:
      | 'answer-write'
      | 'answer-clear'
      | 'evidence-refresh'
      | 'exemption-decision'
      | 'campaign-write',
    meta: AuditMeta,
    write: () => Promise<{ result: T } & AuditMeta>,
  ): Promise<T> => {
    const event = await auditor.createEvent({
      eventId,
      severityLevel: 'medium',
      request: req,
      meta,
    });
    try {
      const { result, ...changed } = await write();
      await event.success({ meta: changed });
      return result;
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  };
  const refOf = (p: { kind: string; namespace: string; name: string }) =>
    `${p.kind}:${p.namespace}/${p.name}`.toLocaleLowerCase('en-US');

  router.get('/checklists', async (req, res) => {
    res.json(await service.listChecklists(await caller(req)));
  });

  router.get('/checklists/:id', async (req, res) => {
    const { checklist, version } = await service.getChecklist(
      req.params.id,
      await caller(req),
    );
    const etag = `"${version}"`;
    res.setHeader('ETag', etag);
    // Under its version a checklist never changes, so it is kept for good; without, revalidated.
    res.setHeader(
      'Cache-Control',
      req.query.version === version
        ? 'private, max-age=31536000, immutable'
        : 'private, no-cache',
    );
    const held = req.header('if-none-match');
    if (held !== undefined && etagsMatch(held, etag)) {
      res.status(304).end();
      return;
    }
    res.json(checklist);
  });

  router.get('/entities/:kind/:namespace/:name', async (req, res) => {
    const credentials = await caller(req);
    const { version, readiness } = await service.getEntityReadinessIfChanged(
      req.params,
      {
        ifNoneMatch: req.header('if-none-match'),
        checklist: req.query.checklist ?? 'full',
        access: req.query.access ?? 'include',
      },
      credentials,
    );
    // Revalidated on every use: the version covers the caller's access, which may change.
    res.setHeader('ETag', version);
    res.setHeader('Cache-Control', 'private, no-cache');
    if (!readiness) {
      res.status(304).end();
      return;
    }
    res.json(readiness);
  });

  router.post('/entities/:kind/:namespace/:name/answers', async (req, res) => {
    const credentials = await caller(req);
    const { kind, namespace, name } = req.params;
    const result = await audited(
      req,
      'answer-write',
      {
        entityRef: refOf(req.params),
        questionIds: req.body.answers.map(a => a.questionId),
      },
      () =>
        service.writeAnswers({ kind, namespace, name }, req.body, credentials),
    );
    res.json(result);
  });

  router.put(
    '/entities/:kind/:namespace/:name/answers/:questionId',
    async (req, res) => {
      const credentials = await caller(req);
      const { kind, namespace, name, questionId } = req.params;
      const { checklistId, ...answer } = req.body;
      const result = await audited(
        req,
        'answer-write',
        { entityRef: refOf(req.params), questionIds: [questionId] },
        () =>
          service.writeAnswers(
            { kind, namespace, name },
            { checklistId, answers: [{ ...answer, questionId }] },
            credentials,
          ),
      );
      res.json(result);
    },
  );

  router.delete(
    '/entities/:kind/:namespace/:name/answers/:questionId',
    async (req, res) => {
      const credentials = await caller(req);
      const { kind, namespace, name, questionId } = req.params;
      const result = await audited(
        req,
        'answer-clear',
        { entityRef: refOf(req.params), questionIds: [questionId] },
        () =>
          service.clearAnswer(
            { kind, namespace, name },
            { questionId, expectedVersion: req.query.expectedVersion },
            credentials,
          ),
      );
      res.json(result);
    },
  );

  router.post(
    '/entities/:kind/:namespace/:name/answers/:questionId/decision',
    async (req, res) => {
      const credentials = await caller(req);
      const { kind, namespace, name, questionId } = req.params;
      const { decision, expectedVersion, note } = req.body;
      const result = await audited(
        req,
        'exemption-decision',
        { entityRef: refOf(req.params), questionIds: [questionId] },
        () =>
          service.decideExemption(
            { kind, namespace, name },
            {
              questionId,
              expectedVersion,
              decision: decision === 'approve' ? 'approved' : 'rejected',
              ...(note !== undefined ? { note } : {}),
            },
            credentials,
          ),
      );
      res.json(result);
    },
  );

  router.post(
    '/entities/:kind/:namespace/:name/evidence/refresh',
    async (req, res) => {
      const credentials = await caller(req);
      const { kind, namespace, name } = req.params;
      const result = await audited(
        req,
        'evidence-refresh',
        { entityRef: refOf(req.params) },
        async () => {
          const refreshed = await service.refreshEvidence(
            { kind, namespace, name },
            credentials,
          );
          return { result: refreshed, evidenceChanged: refreshed.changed };
        },
      );
      res.json(result);
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

  router.get('/entities/:kind/:namespace/:name/trend', async (req, res) => {
    const credentials = await caller(req);
    const { kind, namespace, name } = req.params;
    res.json(
      await review.getEntityTrend(
        { kind, namespace, name },
        req.query.days ?? 90,
        credentials,
      ),
    );
  });

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

  router.get('/campaigns', async (req, res) => {
    res.json(await campaigns.listCampaigns(await caller(req)));
  });

  router.post('/campaigns', async (req, res) => {
    const credentials = await caller(req);
    // Campaign writes are audited with what was written: the campaign at its new version.
    const campaign = await audited(req, 'campaign-write', {}, async () => {
      const created = await campaigns.createCampaign(req.body, credentials);
      return { result: created, campaign: created };
    });
    res.status(201).json(campaign);
  });

  router.get('/campaigns/:campaignId', async (req, res) => {
    const credentials = await caller(req);
    const { owner, state, limit, offset } = req.query;
    res.json(
      await campaigns.getCampaign(
        req.params.campaignId,
        { owner, state, limit: limit ?? 20, offset: offset ?? 0 },
        credentials,
      ),
    );
  });

  router.put('/campaigns/:campaignId', async (req, res) => {
    const credentials = await caller(req);
    const { campaignId } = req.params;
    res.json(
      await audited(req, 'campaign-write', { campaignId }, async () => {
        const changed = await campaigns.updateCampaign(
          campaignId,
          req.body,
          req.query.expectedVersion,
          credentials,
        );
        return { result: changed, campaign: changed };
      }),
    );
  });

  router.get('/campaigns/:campaignId/history', async (req, res) => {
    const credentials = await caller(req);
    res.json({
      items: await campaigns.getCampaignHistory(
        req.params.campaignId,
        credentials,
      ),
    });
  });

  router.get('/entities/:kind/:namespace/:name/campaigns', async (req, res) => {
    const credentials = await caller(req);
    res.json({
      items: await campaigns.getEntityCampaigns(req.params, credentials),
    });
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

  // Anything else is answered in Backstage's JSON error format, not with an empty body.
  router.use((req, _res, next) => {
    next(
      new NotFoundError(
        `The readiness API has no ${req.method} ${req.path}; see its OpenAPI document at /openapi.json`,
      ),
    );
  });
  router.use(databaseUnavailableHandler(logger));

  return router;
}
