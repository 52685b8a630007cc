import { AnswerStatus } from '@readiness/plugin-readiness-common';
import { applySubjectFilters } from './applySubjectFilters';
import { SubjectFilters } from './ReadinessStore';
import { Knex } from 'knex';
import {
  EvidenceProblem,
  EvidenceStore,
  ProviderFailure,
  StoredEvidence,
} from './EvidenceStore';
import { EVIDENCE, EVIDENCE_PROBLEMS, EVIDENCE_RUNS, SCORES } from './tables';
import { lockEntities } from './lockEntities';
import { transactionRetriedOnDeadlock } from './transactionRetriedOnDeadlock';

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

  async listDue(options: { before: string; limit: number }) {
    const rows = await this.db(`${SCORES} as s`)
      .leftJoin(`${EVIDENCE_RUNS} as r`, 'r.entity_ref', 's.entity_ref')
      .whereNull('s.removed_at')
      .where(builder =>
        builder
          .whereNull('r.evaluated_at')
          .orWhere('r.evaluated_at', '<', options.before),
      )
      // '' sorts before every time, on both databases (PostgreSQL puts NULLs last).
      .orderByRaw("coalesce(r.evaluated_at, '') asc, s.entity_ref asc")
      .limit(options.limit)
      .select<{ entity_ref: string }[]>('s.entity_ref');
    return rows.map(row => row.entity_ref);
  }

  async getLastRun(entityRef: string): Promise<string | undefined> {
    const row = await this.db(EVIDENCE_RUNS)
      .where({ entity_ref: entityRef })
      .first();
    return row?.evaluated_at;
  }

  async replaceEvidence(
    entityRef: string,
    evidence: Omit<StoredEvidence, 'entityRef' | 'evaluatedAt'>[],
    evaluatedAt: string,
    failures: ProviderFailure[] = [],
  ): Promise<void> {
    await transactionRetriedOnDeadlock(this.db, async trx => {
      // The entity's lock, then the run's row (upserting it locks it on SQLite's single writer
      // too): concurrent runs for one entity (writes to different questions each evaluate due
      // evidence) take turns instead of inserting the same evidence rows side by side (a
      // duplicate key), and person writes to the entity wait for the run.
      await lockEntities(trx, [entityRef]);
      await trx(EVIDENCE_RUNS)
        .insert({ entity_ref: entityRef, evaluated_at: evaluatedAt })
        .onConflict('entity_ref')
        .merge();
      await trx(EVIDENCE).where({ entity_ref: entityRef }).delete();
      if (evidence.length) {
        await trx(EVIDENCE).insert(
          evidence.map(e => ({
            entity_ref: entityRef,
            question_id: e.questionId,
            provider_id: e.providerId,
            status: e.status,
            note: e.note,
            links: JSON.stringify(e.links),
            evaluated_at: evaluatedAt,
          })),
        );
      }
      await this.recordFailures(trx, entityRef, failures, evaluatedAt);
    });
  }

  /** Keeps each failing provider's first failure time; forgets the providers that succeeded. */
  private async recordFailures(
    trx: Knex.Transaction,
    entityRef: string,
    failures: ProviderFailure[],
    at: string,
  ) {
    const failing = failures.map(f => f.providerId);
    await trx(EVIDENCE_PROBLEMS)
      .where({ entity_ref: entityRef })
      .whereNotIn('provider_id', failing)
      .delete();
    if (failures.length) {
      await trx(EVIDENCE_PROBLEMS)
        .insert(
          failures.map(f => ({
            entity_ref: entityRef,
            provider_id: f.providerId,
            attempted: f.attempted,
            reason: f.reason,
            failing_since: at,
            last_attempt_at: at,
          })),
        )
        .onConflict(['entity_ref', 'provider_id'])
        .merge(['attempted', 'reason', 'last_attempt_at']);
    }
  }
}
