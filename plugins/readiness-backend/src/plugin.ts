import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { ReadinessNotifier } from './notifications/ReadinessNotifier';
import {
  ReadinessEvidenceProvider,
  readinessEvidenceExtensionPoint,
} from '@readiness/plugin-readiness-node';
import { CatalogMetadataEvidenceProvider } from './evidence/CatalogMetadataEvidenceProvider';
import { EvidenceService } from './evidence/EvidenceService';
import { DatabaseEvidenceStore } from './database/DatabaseEvidenceStore';
import { scheduleEvidenceRefresh } from './tasks/scheduleEvidenceRefresh';
import { readReadinessConfig } from './config/readReadinessConfig';
import { DatabaseReadinessStore } from './database/DatabaseReadinessStore';
import { CatalogRefreshRequester } from './service/CatalogRefreshRequester';
import { ReadinessService } from './service/ReadinessService';
import { createRouter } from './service/router';
import { scheduleScoreRefresh } from './tasks/scheduleScoreRefresh';
import { scheduleDailySnapshot } from './tasks/scheduleDailySnapshot';
import { DatabaseReviewStore } from './database/DatabaseReviewStore';
import { ReviewService } from './service/ReviewService';
import { ReadinessAuthorizer } from './permissions/ReadinessAuthorizer';
import { CatalogVisibility } from './permissions/CatalogVisibility';
import { CatalogReader } from './service/CatalogReader';
import { AuthorizedReadinessService } from './service/AuthorizedReadinessService';
import { AuthorizedReviewService } from './service/AuthorizedReviewService';
import { isEntityOwner, readinessEntityResourceRef } from './permissions/rules';
import {
  readinessAdminPermission,
  readinessAnswerUpdatePermission,
  readinessReportReadPermission,
} from '@readiness/plugin-readiness-common';
import { SystemDomainCache } from './subjects/SystemDomainCache';
import { CatalogReconciler } from './subjects/CatalogReconciler';
import { DatabaseSubjectStore } from './database/DatabaseSubjectStore';
import { ScoreCalculator } from './service/ScoreCalculator';
import { scheduleReconcile } from './tasks/scheduleReconcile';
import {
  BACKFILL_MAX_DAYS,
  scheduleSnapshotBackfill,
} from './tasks/scheduleSnapshotBackfill';
import { backfillSnapshots } from './review/backfillSnapshots';
import { DatabaseSnapshotBackfillStore } from './database/DatabaseSnapshotBackfillStore';
import { ScoreChange } from './service/ScoreChange';

/**
 * The Readiness backend plugin: stores checklist answers and keeps scores in step with them.
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
      async init({
        auth,
        auditor,
        permissions,
        permissionsRegistry,
        config,
        database,
        httpAuth,
        httpRouter,
        logger,
        scheduler,
        lifecycle,
        catalog,
        notifications,
      }) {
        const settings = readReadinessConfig(config);
        permissionsRegistry.addResourceType({
          resourceRef: readinessEntityResourceRef,
          permissions: [readinessAnswerUpdatePermission],
          rules: [isEntityOwner],
          getResources: async entityRefs => {
            const { items } = await catalog.getEntitiesByRefs(
              { entityRefs },
              { credentials: await auth.getOwnServiceCredentials() },
            );
            return items.map(item => item ?? undefined);
          },
        });
        permissionsRegistry.addPermissions([
          readinessReportReadPermission,
          readinessAdminPermission,
        ]);
        const authorizer = new ReadinessAuthorizer({
          permissions,
          auth,
          serviceWriters: settings.serviceWriters,
        });
        const catalogReader = new CatalogReader({ catalog, auth });
        const visibility = new CatalogVisibility({
          permissions,
          catalog,
          reader: catalogReader,
        });
        const store = await DatabaseReadinessStore.create({ database });
        const refresher = settings.catalogRefresh.enabled
          ? new CatalogRefreshRequester({
              catalog,
              auth,
              logger,
              delayMs: settings.catalogRefresh.delayMs,
            })
          : undefined;
        lifecycle.addShutdownHook(() => refresher?.stop());
        const notifier = settings.notificationsEnabled
          ? new ReadinessNotifier({
              notifications,
              logger,
              levels: settings.levels,
            })
          : undefined;
        const broadcastScoreChanges = (changes: ScoreChange[]) => {
          refresher?.onScoresChanged(changes);
          notifier?.onScoresChanged(changes);
        };
        if (settings.evidence.catalogMetadata) {
          providers.push(new CatalogMetadataEvidenceProvider());
        }
        const evidence = new EvidenceService({
          providers,
          store: await DatabaseEvidenceStore.create({ database }),
          logger,
          maxAgeMs: settings.evidence.maxAgeMs,
          getEntity: async entityRef =>
            (await catalog.getEntityByRef(entityRef, {
              credentials: await auth.getOwnServiceCredentials(),
            })) ?? undefined,
        });
        const domains = new SystemDomainCache({ catalog: catalogReader });
        const subjects = await DatabaseSubjectStore.create({ database });
        const service = new ReadinessService({
          store,
          domains,
          config: settings,
          evidence,
          onScoresChanged: broadcastScoreChanges,
        });
        const review = new ReviewService({
          store: await DatabaseReviewStore.create({ database }),
          config: settings,
        });
        httpRouter.use(
          await createRouter({
            service: new AuthorizedReadinessService({
              inner: service,
              catalog: catalogReader,
              authorizer,
              visibility,
            }),
            review: new AuthorizedReviewService({
              inner: review,
              catalog: catalogReader,
              subjects,
              authorizer,
              visibility,
              kinds: [
                ...new Set(
                  settings.checklists.flatMap(c =>
                    c.appliesTo.map(t => t.kind),
                  ),
                ),
              ],
            }),
            httpAuth,
            auditor,
            logger,
          }),
        );
        const reconciler = new CatalogReconciler({
          catalog,
          reader: catalogReader,
          auth,
          store: subjects,
          calculator: new ScoreCalculator(settings),
          domains,
          config: settings,
          logger,
          onScoresChanged: broadcastScoreChanges,
        });
        await scheduleReconcile({
          scheduler,
          logger,
          reconciler,
          frequencyMinutes: settings.reconcileFrequencyMinutes,
        });
        const backfillStore = await DatabaseSnapshotBackfillStore.create({
          database,
        });
        await scheduleSnapshotBackfill({
          scheduler,
          logger,
          backfill: () =>
            backfillSnapshots({
              store: backfillStore,
              calculator: new ScoreCalculator(settings),
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
          service,
          frequencyMinutes: settings.refreshFrequencyMinutes,
        });
        await scheduleEvidenceRefresh({
          scheduler,
          logger,
          auth,
          catalog,
          service,
          config: settings,
        });
        await scheduleDailySnapshot({
          scheduler,
          logger,
          review,
          frequencyMinutes: settings.snapshotFrequencyMinutes,
        });
      },
    });
  },
});
