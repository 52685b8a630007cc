import { AnswerStatus } from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { EvidenceStore, StoredEvidence } from './EvidenceStore';
import { EVIDENCE, EVIDENCE_RUNS } from './tables';
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

/** The knex implementation of {@link EvidenceStore}. */
export class DatabaseEvidenceStore implements EvidenceStore {
  constructor(private readonly db: Knex) {}

  async getEvidence(entityRef: string): Promise<StoredEvidence[]> {
    const rows = await this.db<EvidenceRow>(EVIDENCE)
      .where({ entity_ref: entityRef })
      .orderBy('question_id');
    return rows.map(toEvidence);
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
    });
  }
}
