import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { AnswerStatus } from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { applySubjectFilters } from './applySubjectFilters';
import {
  saveScoreRows,
  ScoreRow,
  scoreRowOf,
  SUMMARY_COLUMNS,
  toScore,
  toSummary,
} from './scoreRows';
import { ANSWERS, HISTORY, SCORES } from './tables';
import {
  AnswerWrite,
  HistoryEntry,
  ReadinessStore,
  ScoreFigures,
  ScoreFunction,
  ScorePage,
  ScoreQuery,
  ScoreSubject,
  StoredAnswer,
  StoredScore,
  WriteAnswersOutcome,
} from './ReadinessStore';

const migrationsDir = resolvePackagePath(
  '@readiness/plugin-readiness-backend',
  'migrations',
);

/** A row of readiness_answers. */
export type AnswerRow = {
  entity_ref: string;
  question_id: string;
  status: string;
  note: string | null;
  links: string;
  version: number;
  answered_by: string;
  answered_at: string;
  reviewed_at: string;
};

type HistoryRow = {
  id: number | string;
  entity_ref: string;
  question_id: string;
  version: number;
  status: string;
  note: string | null;
  links: string;
  previous: string | null;
  changed_by: string;
  changed_at: string;
};

export const toAnswer = (row: AnswerRow): StoredAnswer => ({
  entityRef: row.entity_ref,
  questionId: row.question_id,
  status: row.status as AnswerStatus,
  ...(row.note !== null ? { note: row.note } : {}),
  links: JSON.parse(row.links),
  version: Number(row.version),
  answeredBy: row.answered_by,
  answeredAt: row.answered_at,
  reviewedAt: row.reviewed_at,
});

const toHistory = (row: HistoryRow): HistoryEntry => ({
  id: Number(row.id),
  entityRef: row.entity_ref,
  questionId: row.question_id,
  version: Number(row.version),
  status: row.status as HistoryEntry['status'],
  ...(row.note !== null ? { note: row.note } : {}),
  links: JSON.parse(row.links),
  changedBy: row.changed_by,
  changedAt: row.changed_at,
  ...(row.previous ? { previous: JSON.parse(row.previous) } : {}),
});

/**
 * The knex implementation of {@link ReadinessStore}, for SQLite and PostgreSQL.
 */
export class DatabaseReadinessStore implements ReadinessStore {
  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<DatabaseReadinessStore> {
    const { database } = options;
    const client = await database.getClient();
    if (!options.skipMigrations && !database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseReadinessStore(client);
  }

  private constructor(private readonly db: Knex) {}

  async getAnswers(entityRef: string): Promise<StoredAnswer[]> {
    const rows = await this.db<AnswerRow>(ANSWERS)
      .where({ entity_ref: entityRef })
      .orderBy('question_id');
    return rows.map(toAnswer);
  }

  async writeAnswers(options: {
    subject: ScoreSubject;
    writes: AnswerWrite[];
    actor: string;
    now: string;
    computeScore: ScoreFunction;
  }): Promise<WriteAnswersOutcome> {
    const { subject, writes, actor, now, computeScore } = options;
    return this.db.transaction(async trx => {
      await this.lockEntity(trx, subject.entityRef);
      const current = new Map(
        (
          await trx<AnswerRow>(ANSWERS).where({
            entity_ref: subject.entityRef,
          })
        ).map(row => [row.question_id, toAnswer(row)]),
      );

      for (const write of writes) {
        const version = current.get(write.questionId)?.version ?? 0;
        if (version !== write.expectedVersion) {
          throw new ConflictError(
            `The answer to '${write.questionId}' was changed by someone else (now version ${version}, your change was based on version ${write.expectedVersion}). Reload it and apply your change again.`,
          );
        }
      }

      // A question without a live answer may have had one that was cleared: its next version
      // follows the last one in its history, so versions only ever grow.
      const lastVersions = await this.lastHistoryVersions(
        trx,
        subject.entityRef,
        writes
          .map(w => w.questionId)
          .filter(questionId => !current.has(questionId)),
      );

      const written: StoredAnswer[] = [];
      const replaced: (StoredAnswer | undefined)[] = [];
      for (const write of writes) {
        const previous = current.get(write.questionId);
        replaced.push(previous);
        const answer: StoredAnswer = {
          entityRef: subject.entityRef,
          questionId: write.questionId,
          status: write.status,
          ...(write.note ? { note: write.note } : {}),
          links: write.links,
          version: previous
            ? previous.version + 1
            : (lastVersions.get(write.questionId) ?? 0) + 1,
          answeredBy: actor,
          answeredAt: now,
          reviewedAt: now,
        };
        const row = {
          status: answer.status,
          note: answer.note ?? null,
          links: JSON.stringify(answer.links),
          version: answer.version,
          answered_by: actor,
          answered_at: now,
          reviewed_at: now,
        };
        if (previous) {
          const updated = await trx(ANSWERS)
            .where({
              entity_ref: subject.entityRef,
              question_id: write.questionId,
              version: write.expectedVersion,
            })
            .update(row);
          if (updated !== 1) {
            throw new ConflictError(
              `The answer to '${write.questionId}' was changed by someone else. Reload it and apply your change again.`,
            );
          }
        } else {
          await trx(ANSWERS).insert({
            entity_ref: subject.entityRef,
            question_id: write.questionId,
            ...row,
          });
        }
        await trx(HISTORY).insert({
          entity_ref: subject.entityRef,
          question_id: write.questionId,
          version: answer.version,
          status: answer.status,
          note: answer.note ?? null,
          links: row.links,
          previous: previous
            ? JSON.stringify({
                status: previous.status,
                ...(previous.note ? { note: previous.note } : {}),
                links: previous.links,
                version: previous.version,
              })
            : null,
          changed_by: actor,
          changed_at: now,
        });
        current.set(write.questionId, answer);
        written.push(answer);
      }

      const score = await this.saveScore(
        trx,
        subject,
        computeScore([...current.values()]),
        now,
        now,
      );
      return { written, previous: replaced, score };
    });
  }

  /** The highest history version of each of the given questions of an entity. */
  private async lastHistoryVersions(
    trx: Knex.Transaction,
    entityRef: string,
    questionIds: string[],
  ): Promise<Map<string, number>> {
    if (questionIds.length === 0) {
      return new Map();
    }
    const rows: { question_id: string; version: number | string }[] = await trx(
      HISTORY,
    )
      .select('question_id')
      .max({ version: 'version' })
      .where({ entity_ref: entityRef })
      .whereIn('question_id', questionIds)
      .groupBy('question_id');
    return new Map(rows.map(r => [r.question_id, Number(r.version)]));
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

    const [{ count }] = await filtered
      .clone()
      .count<{ count: number | string }[]>({ count: '*' });
    const page = filtered
      .clone()
      .select(SUMMARY_COLUMNS)
      .orderBy('entity_ref')
      .limit(query.limit + 1);
    if (query.cursor) {
      page.where('entity_ref', '>', query.cursor);
    }
    const rows = (await page) as ScoreRow[];
    const items = rows.slice(0, query.limit).map(toSummary);
    return {
      items,
      totalCount: Number(count),
      ...(rows.length > query.limit
        ? { nextCursor: items[items.length - 1].entityRef }
        : {}),
    };
  }

  async listScoresToRefresh(options: {
    currentHashes: Record<string, string>;
    now: string;
    limit: number;
  }): Promise<StoredScore[]> {
    const rows = await this.db<ScoreRow>(SCORES)
      .whereNull('removed_at')
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

  async clearAnswer(options: {
    subject: ScoreSubject;
    questionId: string;
    expectedVersion: number;
    actor: string;
    now: string;
    computeScore: ScoreFunction;
  }): Promise<{ removed: StoredAnswer; score: StoredScore }> {
    const { subject, questionId, expectedVersion, actor, now } = options;
    return this.db.transaction(async trx => {
      await this.lockEntity(trx, subject.entityRef);
      const row = await trx<AnswerRow>(ANSWERS)
        .where({ entity_ref: subject.entityRef, question_id: questionId })
        .first();
      if (!row) {
        throw new NotFoundError(
          `There is no answer to '${questionId}' to clear`,
        );
      }
      const removed = toAnswer(row);
      if (removed.version !== expectedVersion) {
        throw new ConflictError(
          `The answer to '${questionId}' was changed by someone else (now version ${removed.version}, you read version ${expectedVersion}). Reload it first.`,
        );
      }
      await trx(ANSWERS)
        .where({ entity_ref: subject.entityRef, question_id: questionId })
        .delete();
      await trx(HISTORY).insert({
        entity_ref: subject.entityRef,
        question_id: questionId,
        version: removed.version + 1,
        status: 'cleared',
        note: null,
        links: '[]',
        previous: JSON.stringify({
          status: removed.status,
          ...(removed.note ? { note: removed.note } : {}),
          links: removed.links,
          version: removed.version,
        }),
        changed_by: actor,
        changed_at: now,
      });
      const answers = (
        await trx<AnswerRow>(ANSWERS).where({ entity_ref: subject.entityRef })
      ).map(toAnswer);
      const score = await this.saveScore(
        trx,
        subject,
        options.computeScore(answers),
        now,
        now,
      );
      return { removed, score };
    });
  }

  async rescore(options: {
    subject: ScoreSubject;
    now: string;
    computeScore: ScoreFunction;
    seenInCatalog?: boolean;
  }): Promise<StoredScore> {
    const { subject, now, computeScore } = options;
    return this.db.transaction(async trx => {
      await this.lockEntity(trx, subject.entityRef);
      const answers = (
        await trx<AnswerRow>(ANSWERS).where({ entity_ref: subject.entityRef })
      ).map(toAnswer);
      const existing = await trx<ScoreRow>(SCORES)
        .where({ entity_ref: subject.entityRef })
        .first();
      return this.saveScore(
        trx,
        subject,
        computeScore(answers),
        existing?.updated_at ?? now,
        now,
        options.seenInCatalog ?? true,
      );
    });
  }

  /** Serialises writers of one entity so a score always reflects every committed answer. */
  private async lockEntity(trx: Knex.Transaction, entityRef: string) {
    if (trx.client.config.client === 'pg') {
      await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [entityRef]);
    }
    // SQLite allows a single writer at a time, so its transactions are already serial.
  }

  private async saveScore(
    trx: Knex.Transaction,
    subject: ScoreSubject,
    figures: ScoreFigures,
    updatedAt: string,
    scoredAt: string,
    seen = true,
  ): Promise<StoredScore> {
    const row = scoreRowOf(subject, figures, updatedAt, scoredAt);
    await saveScoreRows(trx, [
      {
        // Writes and evidence runs read the entity from the catalog, so it is present.
        row: seen ? { ...row, seen_at: scoredAt, removed_at: null } : row,
        sections: figures.sections,
      },
    ]);
    return toScore(row);
  }
}
