import { RouteContext } from './routeContext';

/** Campaigns: list, create, read, update, history. */
export function registerCampaignRoutes(context: RouteContext) {
  const { router, campaigns, caller, audited } = context;
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
}
