import {
  AuditorServiceCreateEventOptions,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { spec } from '../../schema/openapi.generated';
import { ReadinessOperations } from '../ReadinessOperations';
import { CampaignOperations } from '../AuthorizedCampaignService';
import { ReviewOperations } from '../AuthorizedReviewService';

/** The router, typed by the OpenAPI document. */
export type ReadinessRouter = ReturnType<
  typeof createValidatedOpenApiRouter<typeof spec>
>;

/** What an audit event may carry (a JSON object). */
export type AuditMeta = NonNullable<AuditorServiceCreateEventOptions['meta']>;

/** A request, as the auth and auditor services take it. */
export type AnyRequest = Parameters<HttpAuthService['credentials']>[0];

/** What every group of routes is registered with. */
export type RouteContext = {
  router: ReadinessRouter;
  service: ReadinessOperations;
  review: ReviewOperations;
  campaigns: CampaignOperations;
  httpAuth: HttpAuthService;
  /** The caller's credentials, a user or a service. */
  caller: (req: AnyRequest) => ReturnType<HttpAuthService['credentials']>;
  /**
   * Runs a write as one audit event: initiated, then succeeded with what it changed (every
   * property the write returns beside `result`), or failed.
   */
  audited: <T>(
    req: AnyRequest,
    eventId:
      | 'answer-write'
      | 'answer-clear'
      | 'evidence-refresh'
      | 'exemption-decision'
      | 'campaign-write',
    meta: AuditMeta,
    write: () => Promise<{ result: T } & AuditMeta>,
  ) => Promise<T>;
};

/** The default page sizes of the paged reads. */
export const DEFAULT_SCORE_PAGE_SIZE = 1000;
export const DEFAULT_HISTORY_PAGE_SIZE = 100;
