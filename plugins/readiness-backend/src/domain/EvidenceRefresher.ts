import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { Entity } from '@backstage/catalog-model';
import { Checklist, storedEntityRef } from '@readiness/plugin-readiness-common';
import { Batcher } from '../database/Batcher';
import { MAX_YIELD_MS } from '../evidence/EvidenceService';
import { ScoreKeeper, ScoringItem } from './ScoreKeeper';
import { SubjectResolver } from './SubjectResolver';

/** What the refresher needs of the evidence service. */
export type EvidenceRunner = {
  readonly hasProviders: boolean;
  isDue(entityRef: string, now: Date): Promise<boolean>;
  /** Runs the providers and stores their answers; true when they changed. */
  evaluate(entity: Entity, checklist: Checklist, now: Date): Promise<boolean>;
};

/** What a write asks of the evidence: to bring it up to date, without waiting for it. */
export interface EvidenceEvaluator {
  refreshSoon(entity: Entity): void;
}

/** Entities rescored in one transaction, at most. */
const MAX_RESCORES_PER_TRANSACTION = 50;

/** Background refreshes started by writes at once; beyond this the scheduled run catches up. */
const MAX_BACKGROUND_REFRESHES = 4;

/**
 * Runs the evidence providers for an entity when its evidence is older than the configured age
 * (or always, with `force`) and rescores the entity when its automatic answers changed. The
 * evidence task and the refresh endpoint wait for it; a write only starts it (a provider may
 * read a code host for seconds, and no write waits on that); reads never do.
 */
export class EvidenceRefresher implements EvidenceEvaluator {
  constructor(
    private readonly options: {
      evidence: EvidenceRunner;
      subjects: SubjectResolver;
      keeper: ScoreKeeper;
      clock: () => Date;
      logger?: LoggerService;
      /** Rescoring waits for it before each batch: people's requests go first. */
      yieldTo?: { whenIdle(maxWaitMs: number): Promise<void> };
    },
  ) {}

  private readonly inBackground = new Set<string>();

  /** Entities whose evidence changed side by side are rescored together. */
  private readonly rescores = new Batcher<ScoringItem & { now: Date }, void>(
    async items => {
      const latest = new Map(items.map(i => [i.subject.entityRef, i]));
      await this.options.keeper.rescore([...latest.values()], {
        now: new Date(Math.max(...items.map(i => i.now.getTime()))),
        seenInCatalog: true,
        cause: 'evidence',
      });
      return items.map(() => undefined);
    },
    {
      maxBatch: MAX_RESCORES_PER_TRANSACTION,
      beforeEach: () => this.options.yieldTo?.whenIdle(MAX_YIELD_MS),
    },
  );

  /**
   * Refreshes the entity's evidence in the background when it is due, once per entity at a
   * time and a few entities at once; the entity is rescored when its automatic answers changed.
   */
  refreshSoon(entity: Entity): void {
    const entityRef = storedEntityRef(entity);
    if (
      !this.options.evidence.hasProviders ||
      this.inBackground.has(entityRef) ||
      this.inBackground.size >= MAX_BACKGROUND_REFRESHES
    ) {
      return;
    }
    this.inBackground.add(entityRef);
    this.refresh(entity)
      .catch(error =>
        this.options.logger?.warn(
          `Evidence refresh of ${entityRef} after a write failed: ${error}`,
        ),
      )
      .finally(() => this.inBackground.delete(entityRef));
  }

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
    if (
      !options.force &&
      !(await evidence.isDue(storedEntityRef(entity), now))
    ) {
      return false;
    }
    return evidence.evaluate(entity, checklist, now);
  }

  /**
   * Runs the providers for the entity now, as someone asked: an entity no checklist applies to
   * is a 400, as a write to it is.
   */
  async refreshNow(entity: Entity): Promise<boolean> {
    if (!this.options.subjects.checklistFor(entity)) {
      throw new InputError(
        `No readiness checklist applies to ${storedEntityRef(entity)}`,
      );
    }
    return this.refresh(entity, { force: true });
  }

  /** Returns whether the automatic answers changed (and so the score was recomputed). */
  async refresh(
    entity: Entity,
    options: { force?: boolean } = {},
  ): Promise<boolean> {
    const { subjects } = this.options;
    const checklist = subjects.checklistFor(entity);
    const now = this.options.clock();
    if (
      !checklist ||
      !(await this.evaluateIfDue(entity, checklist, now, options))
    ) {
      return false;
    }
    await this.rescores.add({
      subject: await subjects.subjectOf(entity),
      checklist,
      now,
    });
    return true;
  }
}
