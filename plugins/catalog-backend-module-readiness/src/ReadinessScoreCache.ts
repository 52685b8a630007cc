import { Entity } from '@backstage/catalog-model';
import {
  ChecklistTarget,
  matchesTargets,
} from '@readiness/plugin-readiness-common';
import { LabelScore, ScoreSource } from './ScoreSource';

const sameLabels = (a: LabelScore | undefined, b: LabelScore) =>
  a !== undefined &&
  a.level === b.level &&
  a.score === b.score &&
  a.assessment === b.assessment;

/**
 * An in-memory copy of every stored readiness score, kept current by incremental reads.
 *
 * Whenever a caller asks for a score, the copy is brought up to date if its last sync started
 * more than `maxAgeMs` ago. The first sync reads every score; later ones read only scores
 * computed since the previous sync started (minus `overlapMs`, so a write whose transaction was
 * still open then is not missed). With 10,000 entities this is one request at start and then
 * at most one small request per `maxAgeMs`, however many entities the catalog processes.
 *
 * @public
 */
export class ReadinessScoreCache {
  private readonly scores = new Map<string, LabelScore>();
  private targets: ChecklistTarget[][] | undefined;
  private targetsReadAt = -Infinity;
  private lastSyncStart: number | undefined;
  private sync: { startedAt: number; done: Promise<void> } | undefined;

  constructor(
    private readonly options: {
      source: ScoreSource;
      maxAgeMs: number;
      overlapMs?: number;
      checklistMaxAgeMs?: number;
      clock?: () => number;
      onStale?: (error: Error) => void;
      /**
       * Told, after each incremental read, which entities' labels changed (level, score or
       * assessment); the first read, which loads everything, tells nobody.
       */
      onChange?: (entityRefs: string[]) => void;
    },
  ) {}

  /** Whether any checklist applies to the entity, by kind and `spec.type`. */
  async appliesTo(entity: Entity): Promise<boolean> {
    const now = this.now();
    if (
      !this.targets ||
      now - this.targetsReadAt > (this.options.checklistMaxAgeMs ?? 300_000)
    ) {
      this.targets = await this.options.source.getChecklistTargets();
      this.targetsReadAt = now;
    }
    return this.targets.some(targets => matchesTargets(targets, entity));
  }

  /**
   * The entity's stored score, from a copy no older than `maxAgeMs`; undefined when it has none.
   * When a sync fails after an earlier one succeeded, the older copy is used and `onStale` is
   * told why; when no sync has ever succeeded, the error is thrown.
   */
  async get(entityRef: string): Promise<LabelScore | undefined> {
    try {
      await this.ensureFresh();
    } catch (error) {
      if (this.lastSyncStart === undefined) {
        throw error;
      }
      this.options.onStale?.(error as Error);
    }
    return this.scores.get(entityRef.toLocaleLowerCase('en-US'));
  }

  /** Brings the copy up to date when it is older than `maxAgeMs` (the module polls this). */
  async update(): Promise<void> {
    await this.ensureFresh();
  }

  private async ensureFresh() {
    const now = this.now();
    const fresh = (startedAt: number | undefined) =>
      startedAt !== undefined && startedAt >= now - this.options.maxAgeMs;
    if (this.sync && fresh(this.sync.startedAt)) {
      await this.sync.done;
      return;
    }
    if (!this.sync && fresh(this.lastSyncStart)) {
      return;
    }
    // Syncs run one at a time; a new one starts after any that is still running.
    const previous = this.sync?.done ?? Promise.resolve();
    const startedAt = now;
    const done = previous
      .catch(() => undefined)
      .then(() => this.read(startedAt))
      .finally(() => {
        if (this.sync?.done === done) {
          this.sync = undefined;
        }
      });
    this.sync = { startedAt, done };
    await done;
  }

  private async read(startedAt: number) {
    const since =
      this.lastSyncStart === undefined
        ? undefined
        : new Date(
            this.lastSyncStart - (this.options.overlapMs ?? 60_000),
          ).toISOString();
    const scores = await this.options.source.getScores({ scoredSince: since });
    const changed: string[] = [];
    for (const score of scores) {
      const key = score.entityRef.toLocaleLowerCase('en-US');
      if (!sameLabels(this.scores.get(key), score)) {
        changed.push(key);
      }
      this.scores.set(key, score);
    }
    const first = this.lastSyncStart === undefined;
    this.lastSyncStart = startedAt;
    if (!first && changed.length) {
      this.options.onChange?.(changed);
    }
  }

  private now() {
    return this.options.clock?.() ?? Date.now();
  }
}
