import { storedEntityRef } from '@readiness/plugin-readiness-common';
import { etagsMatch } from '../../domain/etagsMatch';
import { DEFAULT_HISTORY_PAGE_SIZE } from './routeContext';
import { RouteContext } from './routeContext';

/** The checklists, and one entity's readiness, answers, history, trend and campaigns. */
export function registerEntityRoutes(context: RouteContext) {
  const { router, service, review, campaigns, caller, audited } = context;
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
        entityRef: storedEntityRef(req.params),
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
        { entityRef: storedEntityRef(req.params), questionIds: [questionId] },
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
        { entityRef: storedEntityRef(req.params), questionIds: [questionId] },
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
        { entityRef: storedEntityRef(req.params), questionIds: [questionId] },
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
        { entityRef: storedEntityRef(req.params) },
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

  router.get('/entities/:kind/:namespace/:name/campaigns', async (req, res) => {
    const credentials = await caller(req);
    res.json({
      items: await campaigns.getEntityCampaigns(req.params, credentials),
    });
  });
}
