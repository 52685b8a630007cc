import {
  AuditorService,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { NotFoundError } from '@backstage/errors';
import { spec } from '../schema/openapi.generated';
import { ReadinessOperations } from './ReadinessOperations';
import { ReviewOperations } from './AuthorizedReviewService';
import { databaseUnavailableHandler } from './databaseErrors';
import {
  rejectUnsafePathParams,
  rejectUnsafeQueryAndBody,
} from './rejectUnsafeText';
import { CampaignOperations } from './AuthorizedCampaignService';
import { registerCampaignRoutes } from './routes/campaignRoutes';
import { registerEntityRoutes } from './routes/entityRoutes';
import { registerReviewRoutes } from './routes/reviewRoutes';
import { RouteContext } from './routes/routeContext';

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

  const caller: RouteContext['caller'] = req =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  const audited: RouteContext['audited'] = async (
    req,
    eventId,
    meta,
    write,
  ) => {
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
  const context = {
    router,
    service,
    review,
    campaigns,
    httpAuth,
    caller,
    audited,
  };
  registerEntityRoutes(context);
  registerReviewRoutes(context);
  registerCampaignRoutes(context);

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
