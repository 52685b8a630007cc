import { Entity } from '@backstage/catalog-model';
import {
  ASSESSMENT_STATES,
  AssessmentState,
  ChecklistTarget,
  FilterableReadiness,
  matchesTargets,
  NO_LEVEL,
  READINESS_LABELS,
  storedEntityRef,
} from '@readiness/plugin-readiness-common';
import { EntityScore } from '../api/ReadinessApi';

/**
 * An entity's readiness as the catalog page sees it: its assessment state, its level (a level
 * id, or `none` below the first level) and its score, in every state.
 *
 * @public
 */
export type CatalogReadiness = FilterableReadiness;

/**
 * Where catalog views read readiness from.
 *
 * @public
 */
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
  const state = labels[READINESS_LABELS.assessment] as AssessmentState;
  return {
    // Labels from before assessment states count as not started until relabelled.
    assessment: ASSESSMENT_STATES.includes(state) ? state : 'not-started',
    level: ASSESSMENT_STATES.includes(state) ? level : NO_LEVEL,
    score: score === undefined ? null : Number(score),
  };
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
  const stored = source.scores.get(storedEntityRef(entity));
  if (!stored) {
    // In scope but not scored yet (the reconcile has not run since it appeared).
    return { assessment: 'not-started', level: NO_LEVEL, score: null };
  }
  return {
    assessment: stored.assessment,
    level: stored.level ?? NO_LEVEL,
    score: stored.score,
  };
}
