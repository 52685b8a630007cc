import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { AnswerRow, toAnswer } from './DatabaseReadinessStore';
import { EvidenceRow, toEvidence } from './DatabaseEvidenceStore';
import { whereEntityRefIn } from './applySubjectFilters';
import { ScoreSubject, StoredScore } from './ReadinessStore';
import { ScoreRow, saveScoreRows, scoreRowOf, toScore } from './scoreRows';
import {
  StoredSubject,
  SubjectScoreFunction,
  SubjectStore,
} from './SubjectStore';
import { ANSWERS, EVIDENCE, SCORES } from './tables';

const groupByRef = <T extends { entityRef: string }>(items: T[]) => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.entityRef) ?? [];
    group.push(item);
    groups.set(item.entityRef, group);
  }
  return groups;
};

/** The knex implementation of {@link SubjectStore}, on the scores table. */
export class DatabaseSubjectStore implements SubjectStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseSubjectStore> {
    // The migrations are run by DatabaseReadinessStore.create.
    return new DatabaseSubjectStore(await options.database.getClient());
  }

  private constructor(private readonly db: Knex) {}

  async getSubjects(entityRefs: string[]) {
    const rows: ScoreRow[] = entityRefs.length
      ? await whereEntityRefIn(
          this.db(SCORES).select(),
          'entity_ref',
          entityRefs,
        )
      : [];
    return new Map<string, StoredSubject>(
      rows.map(row => {
        const score = toScore(row);
        return [
          row.entity_ref,
          {
            entityRef: score.entityRef,
            kind: score.kind,
            namespace: score.namespace,
            name: score.name,
            entityType: score.entityType,
            owner: score.owner,
            system: score.system,
            domain: score.domain,
            lifecycle: score.lifecycle,
            title: score.title,
            checklistId: score.checklistId,
            removedAt: row.removed_at ?? undefined,
          },
        ];
      }),
    );
  }

  async markSeen(entityRefs: string[], seenAt: string) {
    if (entityRefs.length) {
      await whereEntityRefIn(this.db(SCORES), 'entity_ref', entityRefs).update({
        seen_at: seenAt,
      });
    }
  }

  async rescoreSubjects(
    subjects: ScoreSubject[],
    computeScore: SubjectScoreFunction,
    now: string,
  ): Promise<StoredScore[]> {
    if (subjects.length === 0) {
      return [];
    }
    const refs = subjects.map(s => s.entityRef);
    return this.db.transaction(async trx => {
      if (trx.client.config.client === 'pg') {
        // The same per-entity locks writers take, in one order so two batches cannot deadlock.
        await trx.raw(
          'SELECT pg_advisory_xact_lock(hashtext(ref)) FROM unnest(?::text[]) AS ref ORDER BY ref',
          [[...refs].sort()],
        );
      }
      const answerRows: AnswerRow[] = await whereEntityRefIn(
        trx(ANSWERS).select(),
        'entity_ref',
        refs,
      );
      const evidenceRows: EvidenceRow[] = await whereEntityRefIn(
        trx(EVIDENCE).select(),
        'entity_ref',
        refs,
      );
      const updatedRows: { entity_ref: string; updated_at: string }[] =
        await whereEntityRefIn(
          trx(SCORES).select('entity_ref', 'updated_at'),
          'entity_ref',
          refs,
        );
      const answers = groupByRef(answerRows.map(toAnswer));
      const evidence = groupByRef(evidenceRows.map(toEvidence));
      const existing = new Map(
        updatedRows.map(r => [r.entity_ref, r.updated_at]),
      );
      const scores = subjects.map(subject => {
        const figures = computeScore(
          subject,
          answers.get(subject.entityRef) ?? [],
          evidence.get(subject.entityRef) ?? [],
        );
        const row: ScoreRow = {
          ...scoreRowOf(
            subject,
            figures,
            existing.get(subject.entityRef) ?? now,
            now,
          ),
          seen_at: now,
          removed_at: null,
        };
        return { row, sections: figures.sections };
      });
      await saveScoreRows(trx, scores);
      return scores.map(s => toScore(s.row));
    });
  }

  async markUnseenRemoved(seenBefore: string, now: string) {
    const unseen = (builder: Knex.QueryBuilder) =>
      builder
        .whereNull('removed_at')
        .andWhere(inner =>
          inner.whereNull('seen_at').orWhere('seen_at', '<', seenBefore),
        );
    const rows: { entity_ref: string }[] = await unseen(
      this.db(SCORES).select('entity_ref'),
    );
    if (rows.length) {
      await unseen(this.db(SCORES)).update({ removed_at: now });
    }
    return rows.map(r => r.entity_ref);
  }

  async listRemoved(limit: number) {
    const rows: ScoreRow[] = await this.db(SCORES)
      .whereNotNull('removed_at')
      .orderBy('removed_at', 'desc')
      .limit(limit);
    return rows.map(row => ({ ...toScore(row), removedAt: row.removed_at! }));
  }
}
