import { Knex } from 'knex';
import { DatabaseReviewStore } from './DatabaseReviewStore';
import {
  HistoryEvent,
  SnapshotBackfillStore,
  SnapshotRow,
  SnapshotSubject,
} from './SnapshotBackfillStore';
import { HISTORY, SCORES, SNAPSHOTS } from './tables';

/** The knex implementation of {@link SnapshotBackfillStore}. */
export class DatabaseSnapshotBackfillStore implements SnapshotBackfillStore {
  constructor(
    private readonly db: Knex,
    private readonly review: DatabaseReviewStore,
  ) {}

  async hasSnapshotsBefore(day: string) {
    return Boolean(
      await this.db(SNAPSHOTS).where('day', '<', day).first('day'),
    );
  }

  async listHistory(): Promise<HistoryEvent[]> {
    const rows: Record<string, string | null>[] = await this.db(HISTORY)
      .select(
        'entity_ref',
        'question_id',
        'status',
        'changed_by',
        'changed_at',
        'reviewed_at',
      )
      .orderBy('id');
    return rows.map(r => ({
      entityRef: r.entity_ref!,
      questionId: r.question_id!,
      status: r.status as HistoryEvent['status'],
      changedBy: r.changed_by!,
      changedAt: r.changed_at!,
      ...(r.reviewed_at ? { reviewedAt: r.reviewed_at } : {}),
    }));
  }

  async historySpan() {
    const row = await this.db(HISTORY)
      .min({ changed: 'changed_at', reviewed: 'reviewed_at' })
      .max({ last: 'changed_at' })
      .first();
    if (!row?.last) {
      return undefined;
    }
    const earliest =
      row.reviewed && row.reviewed < row.changed ? row.reviewed : row.changed;
    return { earliest: String(earliest), lastChange: String(row.last) };
  }

  async listPresentSubjects(): Promise<SnapshotSubject[]> {
    const rows: Record<string, string | null>[] = await this.db(SCORES)
      .select(
        'entity_ref',
        'kind',
        'entity_type',
        'owner',
        'system',
        'domain',
        'lifecycle',
        'checklist_id',
      )
      .whereNull('removed_at');
    return rows.map(r => ({
      entityRef: r.entity_ref!,
      kind: r.kind!,
      entityType: r.entity_type,
      owner: r.owner,
      system: r.system,
      domain: r.domain,
      lifecycle: r.lifecycle,
      checklistId: r.checklist_id!,
    }));
  }

  async writeSnapshotDay(day: string, rows: SnapshotRow[]) {
    await this.db.transaction(async trx => {
      await trx(SNAPSHOTS).where({ day }).delete();
      const values = rows.map(r => ({
        day,
        entity_ref: r.entityRef,
        kind: r.kind,
        entity_type: r.entityType,
        owner: r.owner,
        system: r.system,
        domain: r.domain,
        lifecycle: r.lifecycle,
        checklist_id: r.checklistId,
        score: r.score,
        level: r.level,
        answered: r.answered,
        questions: r.questions,
        stale: r.stale,
      }));
      // Batches stay below SQLite's limit of bound parameters per statement.
      for (let i = 0; i < values.length; i += 60) {
        await trx(SNAPSHOTS).insert(values.slice(i, i + 60));
      }
    });
    await this.review.summariseSnapshot(day);
  }
}
