import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ChecklistTarget,
  FilterableReadiness,
  matchesTargets,
  NOT_ASSESSED,
  NO_LEVEL,
  READINESS_LABELS,
} from '@readiness/plugin-readiness-common';
import { EntityScore } from '../api/ReadinessApi';

/**
 * An entity's readiness as the catalog page sees it. `level` is a level id, `none` (assessed,
 * below the first level) or `not-assessed`; `score` is null when not assessed.
 */
export type CatalogReadiness = FilterableReadiness;

/** Where catalog views read readiness from. */
export type ReadinessSource =
  /** Labels set by the catalog module; the catalog filters on them server-side. */
  | { mode: 'labels' }
  /** Without the module: all stored scores, loaded in one request, and the checklist targets. */
  | {
      mode: 'scores';
      scores: Map<string, EntityScore>;
      targets: ChecklistTarget[][];
    };

/** Readiness from the catalog module's labels; undefined when the entity has none. */
export function readinessFromLabels(
  entity: Entity,
): CatalogReadiness | undefined {
  const labels = entity.metadata.labels ?? {};
  const level = labels[READINESS_LABELS.level];
  if (!level) {
    return undefined;
  }
  const score = labels[READINESS_LABELS.score];
  return { level, score: score === undefined ? null : Number(score) };
}

/** Readiness of an entity in the given source; undefined when no checklist applies to it. */
export function readinessOf(
  entity: Entity,
  source: ReadinessSource,
): CatalogReadiness | undefined {
  if (source.mode === 'labels') {
    return readinessFromLabels(entity);
  }
  if (!source.targets.some(targets => matchesTargets(targets, entity))) {
    return undefined;
  }
  const stored = source.scores.get(
    stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
  );
  if (!stored || stored.answered === 0) {
    return { level: NOT_ASSESSED, score: null };
  }
  return { level: stored.level ?? NO_LEVEL, score: stored.score };
}
