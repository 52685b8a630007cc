import { Knex } from 'knex';
import { whereEntityRefIn } from './applySubjectFilters';
import { ScoreRow, toScore } from './scoreRows';
import { StoredSubject, SubjectStore } from './SubjectStore';
import { SCORES } from './tables';

/** The knex implementation of {@link SubjectStore}, on the scores table. */
export class DatabaseSubjectStore implements SubjectStore {
  constructor(private readonly db: Knex) {}

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
