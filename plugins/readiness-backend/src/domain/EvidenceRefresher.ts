import { InputError } from '@backstage/errors';
import { Entity } from '@backstage/catalog-model';
import { Checklist } from '@readiness/plugin-readiness-common';
import { storedRefOf } from '../subjects/subjectOfEntity';
import { ScoreKeeper } from './ScoreKeeper';
import { SubjectResolver } from './SubjectResolver';

/** What the refresher needs of the evidence service. */
export type EvidenceRunner = {
  readonly hasProviders: boolean;
  isDue(entityRef: string, now: Date): Promise<boolean>;
  /** Runs the providers and stores their answers; true when they changed. */
  evaluate(entity: Entity, checklist: Checklist, now: Date): Promise<boolean>;
};

/** Brings an entity's automatic answers up to date, without rescoring. */
export interface EvidenceEvaluator {
  evaluateIfDue(
    entity: Entity,
    checklist: Checklist,
    now: Date,
    options?: { force?: boolean },
  ): Promise<boolean>;
}

/**
 * Runs the evidence providers for an entity when its evidence is older than the configured age
 * (or always, with `force`) and rescores the entity when its automatic answers changed. The
 * evidence task, the refresh endpoint and writes use it; reads never do.
 */
export class EvidenceRefresher implements EvidenceEvaluator {
  constructor(
    private readonly options: {
      evidence: EvidenceRunner;
      subjects: SubjectResolver;
      keeper: ScoreKeeper;
      clock: () => Date;
    },
  ) {}

  async evaluateIfDue(
    entity: Entity,
    checklist: Checklist,
    now: Date,
    options: { force?: boolean } = {},
  ): Promise<boolean> {
    const { evidence } = this.options;
    if (!evidence.hasProviders) {
      return false;
    }
    if (!options.force && !(await evidence.isDue(storedRefOf(entity), now))) {
      return false;
    }
    return evidence.evaluate(entity, checklist, now);
  }

  /** Returns whether the automatic answers changed (and so the score was recomputed). */
  /**
   * Runs the providers for the entity now, as someone asked: an entity no checklist applies to
   * is a 400, as a write to it is.
   */
  async refreshNow(entity: Entity): Promise<boolean> {
    if (!this.options.subjects.checklistFor(entity)) {
      throw new InputError(
        `No readiness checklist applies to ${storedRefOf(entity)}`,
      );
    }
    return this.refresh(entity, { force: true });
  }

  async refresh(
    entity: Entity,
    options: { force?: boolean } = {},
  ): Promise<boolean> {
    const { subjects, keeper } = this.options;
    const checklist = subjects.checklistFor(entity);
    const now = this.options.clock();
    if (
      !checklist ||
      !(await this.evaluateIfDue(entity, checklist, now, options))
    ) {
      return false;
    }
    await keeper.rescore(
      [{ subject: await subjects.subjectOf(entity), checklist }],
      { now, seenInCatalog: true, cause: 'evidence' },
    );
    return true;
  }
}
