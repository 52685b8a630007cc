import { Knex } from 'knex';
import { applySubjectFilters } from './applySubjectFilters';
import { AnswerRow, HistoryRow, toAnswer, toHistory } from './answerRows';
import { columnsOfFields, ScoreRow, summaryReader, toScore } from './scoreRows';
import { ANSWERS, HISTORY, SCORES } from './tables';
import {
  HistoryEntry,
  ReadinessStore,
  ScorePage,
  ScoreQuery,
  StoredAnswer,
  StoredScore,
} from './ReadinessStore';

/**
 * The knex implementation of {@link ReadinessStore}, for SQLite and PostgreSQL.
 */
export class DatabaseReadinessStore implements ReadinessStore {
  constructor(private readonly db: Knex) {}

  async getAnswers(entityRef: string): Promise<StoredAnswer[]> {
    const rows = await this.db<AnswerRow>(ANSWERS)
      .where({ entity_ref: entityRef })
      .orderBy('question_id');
    return rows.map(toAnswer);
  }

  async getHistory(
    entityRef: string,
    options: { questionId?: string; limit: number; beforeId?: number },
  ): Promise<HistoryEntry[]> {
    const query = this.db<HistoryRow>(HISTORY)
      .where({ entity_ref: entityRef })
      .orderBy('id', 'desc')
      .limit(options.limit);
    if (options.questionId) {
      query.andWhere({ question_id: options.questionId });
    }
    if (options.beforeId !== undefined) {
      query.andWhere('id', '<', options.beforeId);
    }
    return (await query).map(toHistory);
  }

  async queryScores(query: ScoreQuery): Promise<ScorePage> {
    const filtered = this.db<ScoreRow>(SCORES)
      .whereNull('removed_at')
      .where(builder => {
        if (query.entityRefs) {
          builder.whereIn('entity_ref', query.entityRefs);
        }
        applySubjectFilters(builder, query);
        if (query.levels) {
          const named = query.levels.filter(l => l !== 'none');
          builder.where(inner => {
            if (named.length) {
              inner.whereIn('level', named);
            }
            if (query.levels!.includes('none')) {
              inner.orWhereNull('level');
            }
          });
        }
        if (query.minScore !== undefined) {
          builder.where('score', '>=', query.minScore);
        }
        if (query.maxScore !== undefined) {
          builder.where('score', '<=', query.maxScore);
        }
        if (query.scoredSince !== undefined) {
          builder.where('scored_at', '>=', query.scoredSince);
        }
      });

    // Counted on the first page only: a walk of 100,000 scores a page of 1,000 at a time
    // counted them 100 times (a full scan each, 3 of its 5 seconds).
    const counted =
      query.cursor === undefined
        ? filtered.clone().count<{ count: number | string }[]>({ count: '*' })
        : undefined;
    const page = filtered
      .clone()
      .select(columnsOfFields(query.fields))
      .orderBy('entity_ref')
      .limit(query.limit + 1);
    if (query.cursor) {
      page.where('entity_ref', '>', query.cursor);
    }
    const [rows, count] = await Promise.all([
      page as Promise<ScoreRow[]>,
      counted?.then(([row]) => Number(row.count)),
    ]);
    const items = rows.slice(0, query.limit).map(summaryReader(query.fields));
    return {
      items,
      ...(count === undefined ? {} : { totalCount: count }),
      ...(rows.length > query.limit
        ? { nextCursor: items[items.length - 1].entityRef }
        : {}),
    };
  }

  async listScoresToRefresh(options: {
    currentHashes: Record<string, string>;
    now: string;
    limit: number;
    after?: string;
  }): Promise<StoredScore[]> {
    const query = this.db<ScoreRow>(SCORES).whereNull('removed_at');
    if (options.after !== undefined) {
      query.where('entity_ref', '>', options.after);
    }
    const rows = await query
      .where(due =>
        due.where('next_stale_at', '<=', options.now).orWhere(builder => {
          const known = Object.entries(options.currentHashes);
          builder.whereNotIn(
            'checklist_id',
            known.map(([id]) => id),
          );
          for (const [id, hash] of known) {
            builder.orWhere(inner =>
              inner.where('checklist_id', id).whereNot('checklist_hash', hash),
            );
          }
        }),
      )
      .orderBy('entity_ref')
      .limit(options.limit);
    return rows.map(toScore);
  }
}
