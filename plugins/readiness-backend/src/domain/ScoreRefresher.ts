import { ReadinessStore } from '../database/ReadinessStore';
import { ScoreCalculator } from './ScoreCalculator';
import { ScoreKeeper, ScoringItem } from './ScoreKeeper';
import { SubjectResolver } from './SubjectResolver';

/**
 * Re-scores stored scores whose answers went stale or whose checklist changed. It uses the kind,
 * type and facts stored with each score, so it needs no catalog calls; each batch is one unit
 * of work.
 */
export class ScoreRefresher {
  constructor(
    private readonly options: {
      answers: ReadinessStore;
      subjects: SubjectResolver;
      calculator: ScoreCalculator;
      keeper: ScoreKeeper;
      clock: () => Date;
    },
  ) {}

  /** Returns how many scores were recomputed. */
  async refreshScores(batchSize = 500): Promise<number> {
    const { answers, subjects, calculator, keeper } = this.options;
    const now = this.options.clock();
    let refreshed = 0;
    let after: string | undefined;
    for (;;) {
      const due = await answers.listScoresToRefresh({
        currentHashes: calculator.hashes,
        now: now.toISOString(),
        limit: batchSize,
        after,
      });
      const items: ScoringItem[] = due.flatMap(subject => {
        const checklist = subjects.checklistOfStored(subject);
        return checklist ? [{ subject, checklist }] : [];
      });
      const rescored = await keeper.rescore(items, {
        now,
        seenInCatalog: false,
        cause: 'refresh',
      });
      refreshed += rescored.length;
      if (due.length < batchSize) {
        return refreshed;
      }
      after = due[due.length - 1].entityRef;
    }
  }
}
