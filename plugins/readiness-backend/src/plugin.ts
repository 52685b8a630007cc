import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  actionsRegistryServiceRef,
  metricsServiceRef,
} from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  ReadinessEvidenceProvider,
  readinessEvidenceExtensionPoint,
} from '@readiness/plugin-readiness-node';
import { AuthorizedCampaignService } from './service/AuthorizedCampaignService';
import { CampaignNotifier } from './notifications/CampaignNotifier';
import { CampaignService } from './domain/CampaignService';
import { scheduleCampaignTasks } from './tasks/scheduleCampaignTasks';
import { registerReadinessActions } from './actions/registerReadinessActions';
import { readReadinessConfig } from './config/readReadinessConfig';
import { createReadinessDatabase } from './database/createReadinessDatabase';
import { createReadinessDomain } from './domain/createReadinessDomain';
import { ScoreChangeBroadcaster } from './domain/ScoreChangeBroadcaster';
import { CatalogMetadataEvidenceProvider } from './evidence/CatalogMetadataEvidenceProvider';
import { EvidenceService } from './evidence/EvidenceService';
import { createReadinessMetrics } from './metrics/ReadinessMetrics';
import { timedScheduler } from './metrics/timedScheduler';
import { ReadinessNotifier } from './notifications/ReadinessNotifier';
import { RelatedEntityCache } from './evidence/RelatedEntityCache';
import { CatalogVisibility } from './permissions/CatalogVisibility';
import { ReadinessAuthorizer } from './permissions/ReadinessAuthorizer';
import { registerReadinessPermissions } from './permissions/registerReadinessPermissions';
import { readinessEntityResourceRef } from './permissions/rules';
import { backfillSnapshots } from './domain/backfillSnapshots';
import { AuthorizedReadinessService } from './service/AuthorizedReadinessService';
import { AuthorizedReviewService } from './service/AuthorizedReviewService';
import { CatalogReader } from './service/CatalogReader';
import { ReviewService } from './domain/ReviewService';
import { createRouter } from './service/router';
import { RequestsInFlight } from './service/RequestsInFlight';
import { CatalogReconciler } from './subjects/CatalogReconciler';
import { SystemDomainCache } from './subjects/SystemDomainCache';
import { scheduleDailySnapshot } from './tasks/scheduleDailySnapshot';
import { scheduleEvidenceRefresh } from './tasks/scheduleEvidenceRefresh';
import { scheduleReconcile } from './tasks/scheduleReconcile';
import { scheduleScoreRefresh } from './tasks/scheduleScoreRefresh';
import {
  BACKFILL_MAX_DAYS,
  scheduleSnapshotBackfill,
} from './tasks/scheduleSnapshotBackfill';

/**
 * The Readiness backend plugin: stores checklist answers and keeps scores in step with them.
 * This file only wires the parts together.
 *
 * @public
 */
export const readinessPlugin = createBackendPlugin({
  pluginId: 'readiness',
  register(env) {
    const providers: ReadinessEvidenceProvider[] = [];
    env.registerExtensionPoint(readinessEvidenceExtensionPoint, {
      addEvidenceProvider(...added) {
        providers.push(...added);
      },
    });
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        actionsRegistry: actionsRegistryServiceRef,
        discovery: coreServices.discovery,
        metrics: metricsServiceRef,
        auditor: coreServices.auditor,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        catalog: catalogServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const { auth, catalog, logger } = deps;
        const metrics = createReadinessMetrics(deps.metrics);
        const scheduler = timedScheduler(deps.scheduler, metrics);
        const settings = readReadinessConfig(deps.config);
        registerReadinessPermissions({ ...deps, catalog });

        const database = await createReadinessDatabase({
          database: deps.database,
        });
        const catalogReader = new CatalogReader({ catalog, auth });
        const domains = new SystemDomainCache({ catalog: catalogReader });
        const broadcaster = new ScoreChangeBroadcaster(logger);
        if (settings.notificationsEnabled) {
          broadcaster.addListener(
            new ReadinessNotifier({
              notifications: deps.notifications,
              logger,
              levels: settings.levels,
            }).onScoresChanged,
          );
        }
        if (settings.evidence.catalogMetadata) {
          providers.push(new CatalogMetadataEvidenceProvider());
        }
        // The evidence run lets the plugin's requests go first.
        const requestsInFlight = new RequestsInFlight();
        const evidence = new EvidenceService({
          providers,
          store: database.evidence,
          logger,
          maxAgeMs: settings.evidence.maxAgeMs,
          yieldTo: requestsInFlight,
          getEntity: new RelatedEntityCache({
            load: async entityRef =>
              (await catalog.getEntityByRef(entityRef, {
                credentials: await auth.getOwnServiceCredentials(),
              })) ?? undefined,
          }).get,
        });
        const domain = createReadinessDomain({
          database,
          config: settings,
          domains,
          broadcaster,
          metrics,
          evidence,
          logger,
          yieldTo: requestsInFlight,
        });
        const review = new ReviewService({
          store: database.review,
          config: settings,
          evidence: {
            store: database.evidence,
            titleOf: id => evidence.titleOf(id),
          },
        });

        const campaigns = new CampaignService({
          store: database.campaigns,
          review: database.review,
          config: settings,
        });

        const authorizer = new ReadinessAuthorizer({
          permissions: deps.permissions,
          auth,
          serviceWriters: settings.serviceWriters,
          serviceCampaignManagers: settings.serviceCampaignManagers,
          applyConditions: createConditionAuthorizer(
            deps.permissionsRegistry.getPermissionRuleset(
              readinessEntityResourceRef,
            ),
          ),
        });
        const visibility = new CatalogVisibility({
          permissions: deps.permissions,
          catalog,
          reader: catalogReader,
        });
        deps.httpRouter.use(requestsInFlight.middleware);
        deps.httpRouter.use(
          await createRouter({
            service: new AuthorizedReadinessService({
              domain,
              catalog: catalogReader,
              authorizer,
              visibility,
            }),
            review: new AuthorizedReviewService({
              inner: review,
              catalog: catalogReader,
              subjects: database.subjects,
              authorizer,
              visibility,
              kinds: domain.subjects.kinds,
              metrics,
            }),
            campaigns: new AuthorizedCampaignService({
              inner: campaigns,
              catalog: catalogReader,
              authorizer,
              visibility,
              kinds: domain.subjects.kinds,
            }),
            httpAuth: deps.httpAuth,
            auditor: deps.auditor,
            logger,
          }),
        );
        registerReadinessActions(deps.actionsRegistry, {
          auth,
          discovery: deps.discovery,
        });

        await scheduleReconcile({
          scheduler,
          logger,
          reconciler: new CatalogReconciler({
            catalog,
            reader: catalogReader,
            auth,
            store: database.subjects,
            subjects: domain.subjects,
            keeper: domain.keeper,
            domains,
            logger,
          }),
          frequencyMinutes: settings.reconcileFrequencyMinutes,
        });
        await scheduleSnapshotBackfill({
          scheduler,
          logger,
          backfill: () =>
            backfillSnapshots({
              store: database.backfill,
              calculator: domain.calculator,
              config: settings,
              now: new Date(),
              maxDays: Math.min(
                BACKFILL_MAX_DAYS,
                settings.snapshotRetentionDays,
              ),
            }),
        });
        await scheduleScoreRefresh({
          scheduler,
          logger,
          refresher: domain.refresher,
          frequencyMinutes: settings.refreshFrequencyMinutes,
        });
        await scheduleEvidenceRefresh({
          scheduler,
          logger,
          auth,
          catalog,
          evidence: domain.evidence,
          dueEntities: query => database.evidence.listDue(query),
          evidenceConfig: settings.evidence,
          yieldTo: requestsInFlight,
        });
        await scheduleDailySnapshot({
          scheduler,
          logger,
          review,
          frequencyMinutes: settings.snapshotFrequencyMinutes,
        });
        await scheduleCampaignTasks({
          scheduler,
          logger,
          campaigns,
          store: database.campaigns,
          notifier: settings.notificationsEnabled
            ? new CampaignNotifier({
                notifications: deps.notifications,
                logger,
                levels: settings.levels,
              })
            : undefined,
          snapshotFrequencyMinutes: settings.snapshotFrequencyMinutes,
          noticeFrequencyMinutes: settings.campaigns.noticeFrequencyMinutes,
        });
      },
    });
  },
});
