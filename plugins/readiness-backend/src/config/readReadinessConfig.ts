import { Config } from '@backstage/config';
import {
  Checklist,
  DEFAULT_LEVELS,
  DEFAULT_REVIEW_INTERVAL_DAYS,
  ReadinessLevel,
  validateLevels,
} from '@readiness/plugin-readiness-common';
import { readChecklists } from './readChecklists';
import {
  CampaignConfig,
  campaignVocabulary,
  readCampaignConfig,
} from './readCampaignConfig';

/** The plugin's settings after parsing and validation. */
export interface ReadinessConfig {
  reviewIntervalDays: number;
  levels: ReadinessLevel[];
  /** In selection order: the first that applies to an entity is used. */
  checklists: Checklist[];
  refreshFrequencyMinutes: number;
  /** Days that daily snapshots (for trends) are kept. */
  snapshotRetentionDays: number;
  /** Minutes between updates of today's snapshot. */
  snapshotFrequencyMinutes: number;
  /** Automatic answers: whether the built-in catalog provider runs, and how fresh they stay. */
  evidence: {
    catalogMetadata: boolean;
    maxAgeMs: number;
    frequencyMinutes: number;
    /** Entities evaluated at once by the scheduled run. */
    concurrency: number;
    /** A run stops after this long; the next one goes on from the oldest evidence. */
    timeoutMinutes: number;
  };
  /** Whether owners are notified when answers go stale or an entity drops a level. */
  notificationsEnabled: boolean;
  /** Whether a changed score asks the catalog to refresh the entity, and after how long. */
  /** Subjects of the service principals that may write answers (users need the permission). */
  serviceWriters: string[];
  /** Subjects of the service principals that may create and change campaigns. */
  serviceCampaignManagers: string[];
  /** Minutes between catalog reconciles. */
  reconcileFrequencyMinutes: number;
  campaigns: CampaignConfig;
}

/**
 * Reads `readiness.*` from app-config. Throws an error naming the offending key when the
 * configuration is invalid, so that the backend refuses to start with it.
 */
export function readReadinessConfig(root: Config): ReadinessConfig {
  const config = root.getOptionalConfig('readiness');
  const problems: string[] = [];

  const reviewIntervalDays =
    config?.getOptionalNumber('reviewIntervalDays') ??
    DEFAULT_REVIEW_INTERVAL_DAYS;
  if (!(reviewIntervalDays > 0)) {
    problems.push(
      `readiness.reviewIntervalDays must be greater than 0, got ${reviewIntervalDays}`,
    );
  }

  const levels =
    config?.getOptionalConfigArray('levels')?.map(level => ({
      id: level.getString('id'),
      title: level.getString('title'),
      minScore: level.getNumber('minScore'),
      ...(level.has('color') ? { color: level.getString('color') } : {}),
    })) ?? DEFAULT_LEVELS;
  problems.push(...validateLevels(levels, 'readiness.levels'));

  const checklists = readChecklists(config, levels, problems);

  const campaigns = readCampaignConfig(
    config,
    campaignVocabulary(levels, checklists),
    problems,
  );

  if (problems.length) {
    throw new Error(
      `Invalid readiness configuration:\n  - ${problems.join('\n  - ')}`,
    );
  }

  return {
    reviewIntervalDays,
    levels,
    checklists,
    refreshFrequencyMinutes:
      config?.getOptionalNumber('refresh.frequencyMinutes') ?? 60,
    snapshotRetentionDays:
      config?.getOptionalNumber('snapshots.retentionDays') ?? 400,
    snapshotFrequencyMinutes:
      config?.getOptionalNumber('snapshots.frequencyMinutes') ?? 60,
    evidence: {
      catalogMetadata:
        config?.getOptionalBoolean('evidence.catalogMetadata.enabled') ?? true,
      maxAgeMs:
        (config?.getOptionalNumber('evidence.maxAgeMinutes') ?? 60) * 60_000,
      frequencyMinutes:
        config?.getOptionalNumber('evidence.frequencyMinutes') ?? 60,
      concurrency: config?.getOptionalNumber('evidence.concurrency') ?? 4,
      timeoutMinutes:
        config?.getOptionalNumber('evidence.timeoutMinutes') ?? 30,
    },
    notificationsEnabled:
      config?.getOptionalBoolean('notifications.enabled') ?? true,
    serviceWriters:
      config?.getOptionalStringArray('permissions.serviceWriters') ?? [],
    serviceCampaignManagers:
      config?.getOptionalStringArray('permissions.serviceCampaignManagers') ??
      [],
    reconcileFrequencyMinutes:
      config?.getOptionalNumber('reconcile.frequencyMinutes') ?? 10,
    campaigns,
  };
}
