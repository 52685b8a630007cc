import { AnswerStatus } from '@readiness/plugin-readiness-common';
import { applySubjectFilters, whereEntityRefIn } from './applySubjectFilters';
import { SubjectFilters } from './ReadinessStore';
import { Knex } from 'knex';
import {
  DueEntity,
  EvidenceProblem,
  EvidenceRun,
  EvidenceStore,
  StoredEvidence,
} from './EvidenceStore';
import { EVIDENCE, EVIDENCE_PROBLEMS, EVIDENCE_RUNS, SCORES } from './tables';
import { lockEntities } from './lockEntities';
import { transactionRetriedOnDeadlock } from './transactionRetriedOnDeadlock';

/** Rows per insert statement: within SQLite's limit of bound values at 7 columns a row. */
const INSERT_BATCH = 100;

/** A row of readiness_evidence. */
export type EvidenceRow = {
  entity_ref: string;
  question_id: string;
  provider_id: string;
  status: string;
  note: string;
  links: string;
  evaluated_at: string;
};

export const toEvidence = (row: EvidenceRow): StoredEvidence => ({
  entityRef: row.entity_ref,
  questionId: row.question_id,
  providerId: row.provider_id,
  status: row.status as AnswerStatus,
  note: row.note,
  links: JSON.parse(row.links),
  evaluatedAt: row.evaluated_at,
});

/** A row of readiness_evidence_problems. */
type ProblemRow = {
  entity_ref: string;
  provider_id: string;
  attempted: string;
  reason: string;
  failing_since: string;
  last_attempt_at: string;
};

const toProblem = (row: ProblemRow): EvidenceProblem => ({
  entityRef: row.entity_ref,
  providerId: row.provider_id,
  attempted: row.attempted,
  reason: row.reason,
  failingSince: row.failing_since,
  lastAttemptAt: row.last_attempt_at,
});

/** The knex implementation of {@link EvidenceStore}. */
export class DatabaseEvidenceStore implements EvidenceStore {
  constructor(private readonly db: Knex) {}

  async getEvidence(entityRef: string): Promise<StoredEvidence[]> {
    const rows = await this.db<EvidenceRow>(EVIDENCE)
      .where({ entity_ref: entityRef })
      .orderBy('question_id');
    return rows.map(toEvidence);
  }

  async getEvidenceOf(
    entityRefs: string[],
  ): Promise<Map<string, StoredEvidence[]>> {
    const found = new Map<string, StoredEvidence[]>(
      entityRefs.map(ref => [ref, []]),
    );
    const rows: EvidenceRow[] = await whereEntityRefIn(
      this.db(EVIDENCE),
      'entity_ref',
      entityRefs,
    ).orderBy(['entity_ref', 'question_id']);
    for (const row of rows) {
      found.get(row.entity_ref)?.push(toEvidence(row));
    }
    return found;
  }

  async getProblems(entityRef: string): Promise<EvidenceProblem[]> {
    const rows = await this.db<ProblemRow>(EVIDENCE_PROBLEMS)
      .where({ entity_ref: entityRef })
      .orderBy('provider_id');
    return rows.map(toProblem);
  }

  async listProblems(options: { filters?: SubjectFilters; limit: number }) {
    const scoped = () => {
      const query = this.db(`${EVIDENCE_PROBLEMS} as p`).join(
        `${SCORES} as s`,
        's.entity_ref',
        'p.entity_ref',
      );
      applySubjectFilters(query, options.filters ?? {}, 's.');
      return query.whereNull('s.removed_at');
    };
    const [rows, [{ count }]] = await Promise.all([
      scoped()
        .select('p.*', 's.title', 's.owner')
        .orderBy([
          { column: 'p.failing_since', order: 'asc' },
          { column: 'p.entity_ref', order: 'asc' },
        ])
        .limit(options.limit),
      scoped().count({ count: '*' }),
    ]);
    return {
      items: (
        rows as (ProblemRow & { title: string | null; owner: string | null })[]
      ).map(row => ({
        ...toProblem(row),
        ...(row.title ? { title: row.title } : {}),
        ...(row.owner ? { owner: row.owner } : {}),
      })),
      totalCount: Number(count),
    };
  }

  async listDue(options: {
    before: string;
    limit: number;
    after?: DueEntity;
  }): Promise<DueEntity[]> {
    // '' sorts before every time, on both databases (PostgreSQL puts NULLs last).
    const lastRun = "coalesce(r.evaluated_at, '')";
    const { after } = options;
    const rows = await this.db(`${SCORES} as s`)
      .leftJoin(`${EVIDENCE_RUNS} as r`, 'r.entity_ref', 's.entity_ref')
      .whereNull('s.removed_at')
      .where(builder =>
        builder
          .whereNull('r.evaluated_at')
          .orWhere('r.evaluated_at', '<', options.before),
      )
      .modify(query => {
        if (after) {
          query.where(builder =>
            builder
              .whereRaw(`${lastRun} > ?`, [after.lastRunAt])
              .orWhere(same =>
                same
                  .whereRaw(`${lastRun} = ?`, [after.lastRunAt])
                  .where('s.entity_ref', '>', after.entityRef),
              ),
          );
        }
      })
      .orderByRaw(`${lastRun} asc, s.entity_ref asc`)
      .limit(options.limit)
      .select<{ entity_ref: string; last_run_at: string }[]>(
        's.entity_ref',
        this.db.raw(`${lastRun} as last_run_at`),
      );
    return rows.map(row => ({
      entityRef: row.entity_ref,
      lastRunAt: row.last_run_at,
    }));
  }

  async getLastRun(entityRef: string): Promise<string | undefined> {
    const row = await this.db(EVIDENCE_RUNS)
      .where({ entity_ref: entityRef })
      .first();
    return row?.evaluated_at;
  }

  async recordRuns(runs: EvidenceRun[]): Promise<void> {
    if (runs.length === 0) {
      return;
    }
    const refs = runs.map(run => run.entityRef);
    const replaced = runs.filter(run => run.evidence);
    const confirmed = runs.filter(run => !run.evidence);
    await transactionRetriedOnDeadlock(this.db, async trx => {
      // The entities' locks, then their runs' rows (upserting locks them on SQLite's single
      // writer too): concurrent runs for one entity (the task and a refresh after a write)
      // take turns instead of inserting the same evidence rows side by side (a duplicate key),
      // and person writes to the entity wait for the run.
      await lockEntities(trx, refs);
      await trx(EVIDENCE_RUNS)
        .insert(
          runs.map(run => ({
            entity_ref: run.entityRef,
            evaluated_at: run.evaluatedAt,
          })),
        )
        .onConflict('entity_ref')
        .merge();
      if (confirmed.length) {
        // Found again as stored: their time becomes their run's (just stored), in one update
        // instead of deleting and inserting every row.
        await whereEntityRefIn(
          trx(EVIDENCE),
          'entity_ref',
          confirmed.map(run => run.entityRef),
        ).update({
          evaluated_at: trx.raw(
            '(SELECT r.evaluated_at FROM ?? AS r WHERE r.entity_ref = ??.entity_ref)',
            [EVIDENCE_RUNS, EVIDENCE],
          ),
        });
      }
      if (replaced.length) {
        await whereEntityRefIn(
          trx(EVIDENCE),
          'entity_ref',
          replaced.map(run => run.entityRef),
        ).delete();
        const rows = replaced.flatMap(run =>
          run.evidence!.map(e => ({
            entity_ref: run.entityRef,
            question_id: e.questionId,
            provider_id: e.providerId,
            status: e.status,
            note: e.note,
            links: JSON.stringify(e.links),
            evaluated_at: run.evaluatedAt,
          })),
        );
        for (let at = 0; at < rows.length; at += INSERT_BATCH) {
          await trx(EVIDENCE).insert(rows.slice(at, at + INSERT_BATCH));
        }
      }
      await this.recordFailures(trx, runs);
    });
  }

  /** Keeps each failing provider's first failure time; forgets the providers that succeeded. */
  private async recordFailures(trx: Knex.Transaction, runs: EvidenceRun[]) {
    const succeeded = runs.filter(run => run.failures.length === 0);
    if (succeeded.length) {
      await whereEntityRefIn(
        trx(EVIDENCE_PROBLEMS),
        'entity_ref',
        succeeded.map(run => run.entityRef),
      ).delete();
    }
    // Rare: one entity at a time.
    for (const run of runs.filter(r => r.failures.length)) {
      await trx(EVIDENCE_PROBLEMS)
        .where({ entity_ref: run.entityRef })
        .whereNotIn(
          'provider_id',
          run.failures.map(f => f.providerId),
        )
        .delete();
      await trx(EVIDENCE_PROBLEMS)
        .insert(
          run.failures.map(f => ({
            entity_ref: run.entityRef,
            provider_id: f.providerId,
            attempted: f.attempted,
            reason: f.reason,
            failing_since: run.evaluatedAt,
            last_attempt_at: run.evaluatedAt,
          })),
        )
        .onConflict(['entity_ref', 'provider_id'])
        .merge(['attempted', 'reason', 'last_attempt_at']);
    }
  }
}
