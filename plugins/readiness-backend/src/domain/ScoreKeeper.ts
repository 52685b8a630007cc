import { Checklist, ReadinessResult } from '@readiness/plugin-readiness-common';
import { StoredEvidence } from '../database/EvidenceStore';
import { ScoreSubject, StoredScore } from '../database/ReadinessStore';
import {
  PreviousScore,
  ReadinessTransactions,
  ReadinessUnitOfWork,
} from '../database/ReadinessUnitOfWork';
import { ReadinessMetrics } from '../metrics/ReadinessMetrics';
import { ScoreCalculator } from './ScoreCalculator';
import { ScoreChangeCause } from './ScoreChange';
import { ScoreChangeBroadcaster } from './ScoreChangeBroadcaster';

/** An entity to score, with the checklist that applies to it. */
export type ScoringItem = { subject: ScoreSubject; checklist: Checklist };

/** A score as stored by {@link ScoreKeeper.rescoreIn}, with the one it replaced. */
export type Rescored = {
  result: ReadinessResult;
  score: StoredScore;
  previous?: PreviousScore;
};

const sameFigures = (a: StoredScore, b?: PreviousScore) =>
  b !== undefined &&
  a.score === b.score &&
  a.level === b.level &&
  a.stale === b.stale;

/**
 * Keeps stored scores in step with answers: every write, clear, evidence run, refresh and
 * reconcile scores through here, inside the unit of work that changed the answers, and tells
 * listeners once the unit has committed.
 */
export class ScoreKeeper {
  constructor(
    private readonly options: {
      transactions: ReadinessTransactions;
      calculator: ScoreCalculator;
      broadcaster: ScoreChangeBroadcaster;
      /** False when no evidence source is configured: nothing is automatic, nothing to read. */
      readsEvidence: boolean;
      metrics: ReadinessMetrics;
    },
  ) {}

  /**
   * Rescores the items in a unit of their own (their answers did not change: evidence, the
   * refresh task, the reconcile) and announces the new scores with `cause`.
   */
  async rescore(
    items: ScoringItem[],
    options: {
      now: Date;
      seenInCatalog: boolean;
      cause: Exclude<ScoreChangeCause, 'person'>;
    },
  ): Promise<Rescored[]> {
    if (items.length === 0) {
      return [];
    }
    const rescored = await this.options.transactions.inTransaction(
      items.map(i => i.subject.entityRef),
      unit =>
        this.rescoreIn(unit, items, {
          now: options.now,
          answersChanged: false,
          seenInCatalog: options.seenInCatalog,
        }),
    );
    this.announce(options.cause, rescored);
    return rescored;
  }

  /**
   * Scores the items from the answers and evidence the unit holds and stores the scores.
   * `answersChanged` says whether the unit changed people's answers (it moves `updatedAt`);
   * `seenInCatalog` whether the subjects' facts were just read from the catalog.
   */
  async rescoreIn(
    unit: ReadinessUnitOfWork,
    items: ScoringItem[],
    options: { now: Date; answersChanged: boolean; seenInCatalog: boolean },
  ): Promise<Rescored[]> {
    if (items.length === 0) {
      return [];
    }
    const refs = items.map(i => i.subject.entityRef);
    // One after the other: a transaction has one connection. A person's change needs no
    // previous score: its updatedAt is now, and nobody is told about their own change.
    const answers = await unit.answersOf(refs);
    const evidence = this.options.readsEvidence
      ? await unit.evidenceOf(refs)
      : new Map<string, StoredEvidence[]>();
    const previous = options.answersChanged
      ? new Map<string, PreviousScore>()
      : await unit.scoresOf(refs);
    const now = options.now.toISOString();
    const scored = items.map(({ subject, checklist }) => ({
      subject,
      previous: previous.get(subject.entityRef),
      ...this.options.calculator.figures(
        checklist,
        answers.get(subject.entityRef) ?? [],
        evidence.get(subject.entityRef) ?? [],
        options.now,
      ),
    }));
    const saved = await unit.saveScores(
      scored.map(s => ({
        subject: s.subject,
        figures: s.figures,
        answersChangedAt: options.answersChanged
          ? now
          : s.previous?.updatedAt ?? now,
        seenInCatalog: options.seenInCatalog,
      })),
      now,
    );
    return scored.map((s, i) => ({
      result: s.result,
      score: saved[i],
      previous: s.previous,
    }));
  }

  /**
   * Tells listeners about scores a committed unit stored. The refresh task touches many scores
   * that come out the same; only those whose figures moved are told.
   */
  announce(cause: ScoreChangeCause, rescored: Rescored[]) {
    this.options.metrics.scoresRecomputed(rescored.length, cause);
    const told =
      cause === 'refresh'
        ? rescored.filter(r => !sameFigures(r.score, r.previous))
        : rescored;
    this.options.broadcaster.broadcast(
      told.map(({ score, previous }) => ({
        cause,
        entityRef: score.entityRef,
        owner: score.owner,
        score: score.score,
        level: score.level,
        stale: score.stale,
        ...(previous
          ? {
              previous: {
                score: previous.score,
                level: previous.level,
                stale: previous.stale,
              },
            }
          : {}),
      })),
    );
  }
}
