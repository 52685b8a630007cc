import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  LocationSpec,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  READINESS_LABELS,
  readinessLabelsFor,
} from '@readiness/plugin-readiness-common';
import { readinessRefreshKey } from './ReadinessLabelRefresher';
import { ReadinessScoreCache } from './ReadinessScoreCache';

const OWN_LABELS = Object.values(READINESS_LABELS) as string[];

/**
 * Sets the readiness labels (assessment state, level, score band, score) on every entity a
 * readiness checklist applies to, from the score cache; the backend's reconcile gives every such
 * entity a score, so ordering and filtering by label cover the whole catalog.
 *
 * @public
 */
export class ReadinessLabelProcessor implements CatalogProcessor {
  private lastWarning = -Infinity;

  constructor(
    private readonly options: {
      cache: ReadinessScoreCache;
      logger: LoggerService;
    },
  ) {}

  /** The name the catalog logs this processor under. */
  getProcessorName(): string {
    return 'ReadinessLabelProcessor';
  }

  /** Adds the readiness labels to an entity a checklist applies to; others pass unchanged. */
  async preProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    const { cache } = this.options;
    const entityRef = stringifyEntityRef(entity);
    let labels: Record<string, string>;
    try {
      if (!(await cache.appliesTo(entity))) {
        return entity;
      }
      // The key lets ReadinessLabelRefresher have this entity processed again when its score
      // changes.
      emit(processingResult.refresh(readinessRefreshKey(entityRef)));
      labels = readinessLabelsFor(await cache.get(entityRef));
    } catch (error) {
      this.warn(`Readiness labels skipped: ${error}`);
      return entity;
    }
    // Labels written by hand under our keys are replaced, never mixed with ours.
    const kept = Object.fromEntries(
      Object.entries(entity.metadata.labels ?? {}).filter(
        ([key]) => !OWN_LABELS.includes(key),
      ),
    );
    return {
      ...entity,
      metadata: { ...entity.metadata, labels: { ...kept, ...labels } },
    };
  }

  /** At most one warning a minute, so an outage does not flood the log. */
  private warn(message: string) {
    const now = Date.now();
    if (now - this.lastWarning > 60_000) {
      this.lastWarning = now;
      this.options.logger.warn(message);
    }
  }
}
