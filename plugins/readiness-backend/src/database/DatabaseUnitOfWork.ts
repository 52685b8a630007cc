import { ConflictError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { answerSnapshot } from '@readiness/plugin-readiness-common';
import { whereEntityRefIn } from './applySubjectFilters';
import { AnswerRow, answerRowOf, toAnswer } from './answerRows';
import { EvidenceRow, toEvidence } from './DatabaseEvidenceStore';
import { AnswerWrite, StoredAnswer, StoredScore } from './ReadinessStore';
import {
  PreviousScore,
  ReadinessTransactions,
  ReadinessUnitOfWork,
  ScoreToSave,
} from './ReadinessUnitOfWork';
import { saveScoreRows, ScoreRow, scoreRowOf, toScore } from './scoreRows';
import { lockEntities } from './lockEntities';
import { transactionRetriedOnDeadlock } from './transactionRetriedOnDeadlock';
import { ANSWERS, EVIDENCE, HISTORY, SCORES } from './tables';

const groupByRef = <T extends { entityRef: string }>(
  refs: string[],
  items: T[],
) => {
  const groups = new Map<string, T[]>(refs.map(ref => [ref, []]));
  for (const item of items) {
    groups.get(item.entityRef)?.push(item);
  }
  return groups;
};

/**
 * The answer an exemption request replaces, which it scores as while pending: the answer before
 * it, or, when that was a request too, what that one replaced.
 */
function answerBeforeRequest(
  replaced?: StoredAnswer,
): Pick<StoredAnswer, 'beforeRequest'> {
  if (!replaced) {
    return {};
  }
  if (replaced.status !== 'na') {
    return {
      beforeRequest: {
        status: replaced.status,
        reviewedAt: replaced.reviewedAt,
      },
    };
  }
  return replaced.beforeRequest
    ? { beforeRequest: replaced.beforeRequest }
    : {};
}

/**
 * Where an N/A that needs approval stands after a write: confirming it unchanged (same reason and
 * expiry) keeps the decision and the requester; any other N/A is a new request by the writer,
 * pending. Other answers need none.
 */
function approvalAfter(
  write: AnswerWrite,
  actor: string,
  replaced?: StoredAnswer,
): Pick<
  StoredAnswer,
  | 'approval'
  | 'requestedBy'
  | 'beforeRequest'
  | 'decidedBy'
  | 'decidedAt'
  | 'decisionNote'
> {
  if (write.status !== 'na' || !write.needsApproval) {
    return {};
  }
  const unchanged =
    replaced?.status === 'na' &&
    replaced.approval !== undefined &&
    (replaced.note ?? '') === (write.note ?? '') &&
    replaced.expiresAt === write.expiresAt;
  if (!unchanged) {
    return {
      approval: 'pending',
      requestedBy: actor,
      ...answerBeforeRequest(replaced),
    };
  }
  const { approval, decidedBy, decidedAt, decisionNote } = replaced;
  return {
    approval,
    requestedBy: replaced.requestedBy ?? replaced.answeredBy,
    ...answerBeforeRequest(replaced),
    ...(decidedBy ? { decidedBy } : {}),
    ...(decidedAt ? { decidedAt } : {}),
    ...(decisionNote ? { decisionNote } : {}),
  };
}

class DatabaseUnitOfWork implements ReadinessUnitOfWork {
  /**
   * The answers of entities this unit has read or changed: the unit holds their locks, so they
   * cannot change under it, and rescoring after a write needs no second read.
   */
  private readonly known = new Map<string, StoredAnswer[]>();

  constructor(private readonly trx: Knex.Transaction) {}

  async answersOf(entityRefs: string[]) {
    const missing = entityRefs.filter(ref => !this.known.has(ref));
    if (missing.length) {
      const rows: AnswerRow[] = await whereEntityRefIn(
        this.trx(ANSWERS).select(),
        'entity_ref',
        missing,
      );
      for (const [ref, answers] of groupByRef(missing, rows.map(toAnswer))) {
        this.known.set(ref, answers);
      }
    }
    return new Map(entityRefs.map(ref => [ref, [...this.known.get(ref)!]]));
  }

  async evidenceOf(entityRefs: string[]) {
    const rows: EvidenceRow[] = await whereEntityRefIn(
      this.trx(EVIDENCE).select(),
      'entity_ref',
      entityRefs,
    );
    return groupByRef(entityRefs, rows.map(toEvidence));
  }

  async scoresOf(entityRefs: string[]) {
    const rows: Pick<
      ScoreRow,
      'entity_ref' | 'score' | 'level' | 'stale' | 'updated_at'
    >[] = await whereEntityRefIn(
      this.trx(SCORES).select(
        'entity_ref',
        'score',
        'level',
        'stale',
        'updated_at',
      ),
      'entity_ref',
      entityRefs,
    );
    return new Map<string, PreviousScore>(
      rows.map(row => [
        row.entity_ref,
        {
          score: row.score === null ? null : Number(row.score),
          level: row.level,
          stale: Number(row.stale),
          updatedAt: row.updated_at,
        },
      ]),
    );
  }

  async writeAnswers(options: {
    entityRef: string;
    writes: AnswerWrite[];
    actor: string;
    now: string;
  }) {
    const { entityRef, writes, actor, now } = options;
    const current = new Map(
      ((await this.answersOf([entityRef])).get(entityRef) ?? []).map(a => [
        a.questionId,
        a,
      ]),
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
      entityRef,
      writes.map(w => w.questionId).filter(id => !current.has(id)),
    );

    const written: StoredAnswer[] = [];
    const previous: (StoredAnswer | undefined)[] = [];
    // Stored in question order, so that writers of different entities update the review's
    // per-question counts (readiness_question_counts, by trigger) in one order.
    for (const write of [...writes].sort((a, b) =>
      a.questionId.localeCompare(b.questionId, 'en-US'),
    )) {
      const replaced = current.get(write.questionId);
      const approval = approvalAfter(write, actor, replaced);
      const answer: StoredAnswer = {
        entityRef,
        questionId: write.questionId,
        status: write.status,
        ...(write.note ? { note: write.note } : {}),
        links: write.links,
        version: replaced
          ? replaced.version + 1
          : (lastVersions.get(write.questionId) ?? 0) + 1,
        answeredBy: actor,
        answeredAt: now,
        reviewedAt: write.reviewedAt ?? now,
        ...(write.expiresAt ? { expiresAt: write.expiresAt } : {}),
        ...approval,
      };
      current.set(write.questionId, answer);
      previous.push(replaced);
      written.push(answer);
    }
    await this.storeAnswers(
      written.map((answer, i) => ({ answer, replaced: previous[i] })),
    );
    this.known.set(entityRef, [...current.values()]);
    return { written, previous };
  }

  async clearAnswer(options: {
    entityRef: string;
    questionId: string;
    expectedVersion: number;
    actor: string;
    now: string;
  }) {
    const { entityRef, questionId, expectedVersion, actor, now } = options;
    const answers = (await this.answersOf([entityRef])).get(entityRef)!;
    const removed = answers.find(a => a.questionId === questionId);
    if (!removed) {
      throw new NotFoundError(`There is no answer to '${questionId}' to clear`);
    }
    if (removed.version !== expectedVersion) {
      throw new ConflictError(
        `The answer to '${questionId}' was changed by someone else (now version ${removed.version}, you read version ${expectedVersion}). Reload it first.`,
      );
    }
    await this.trx(ANSWERS)
      .where({ entity_ref: entityRef, question_id: questionId })
      .delete();
    await this.trx(HISTORY).insert({
      entity_ref: entityRef,
      question_id: questionId,
      version: removed.version + 1,
      status: 'cleared',
      note: null,
      links: '[]',
      previous: JSON.stringify(answerSnapshot(removed)),
      changed_by: actor,
      changed_at: now,
    });
    this.known.set(
      entityRef,
      answers.filter(a => a.questionId !== questionId),
    );
    return removed;
  }

  async saveScores(
    scores: ScoreToSave[],
    scoredAt: string,
  ): Promise<StoredScore[]> {
    const rows = scores.map(s => {
      const row = scoreRowOf(
        s.subject,
        s.figures,
        s.answersChangedAt,
        scoredAt,
      );
      return {
        row: s.seenInCatalog
          ? { ...row, seen_at: scoredAt, removed_at: null }
          : row,
        sections: s.figures.sections,
      };
    });
    await saveScoreRows(this.trx, rows);
    return rows.map(r => toScore(r.row));
  }

  async decideExemption(options: {
    entityRef: string;
    questionId: string;
    expectedVersion: number;
    decision: 'approved' | 'rejected';
    note?: string;
    actor: string;
    now: string;
  }) {
    const { entityRef, questionId, expectedVersion, actor, now } = options;
    const answers = (await this.answersOf([entityRef])).get(entityRef)!;
    const replaced = answers.find(a => a.questionId === questionId);
    if (!replaced || replaced.approval !== 'pending') {
      throw new ConflictError(
        `The answer to '${questionId}' is not an exemption waiting for approval${
          replaced?.approval ? ` (it is ${replaced.approval})` : ''
        }`,
      );
    }
    if (replaced.version !== expectedVersion) {
      throw new ConflictError(
        `The answer to '${questionId}' was changed by someone else (now version ${replaced.version}, you read version ${expectedVersion}). Reload it first.`,
      );
    }
    // The request keeps its author and times; the decision (with this note only) is the new
    // version.
    const { decisionNote: _earlier, ...request } = replaced;
    const decided: StoredAnswer = {
      ...request,
      version: replaced.version + 1,
      approval: options.decision,
      decidedBy: actor,
      decidedAt: now,
      ...(options.note ? { decisionNote: options.note } : {}),
    };
    await this.storeAnswers([{ answer: decided, replaced }], {
      changedBy: actor,
      changedAt: now,
    });
    this.known.set(
      entityRef,
      answers.map(a => (a.questionId === questionId ? decided : a)),
    );
    return { decided, replaced };
  }

  /**
   * Stores answers (checking the version each replaces) and their history entries: a replaced
   * answer is updated on its own (the version check), new answers are inserted in one statement
   * and the history in another, so a batch costs few round trips. Each change is by its answer's
   * author unless `change` says who made it.
   */
  private async storeAnswers(
    changes: { answer: StoredAnswer; replaced?: StoredAnswer }[],
    change?: { changedBy: string; changedAt: string },
  ) {
    const inserted: Record<string, unknown>[] = [];
    const history: Record<string, unknown>[] = [];
    for (const { answer, replaced } of changes) {
      const row = answerRowOf(answer);
      const key = {
        entity_ref: answer.entityRef,
        question_id: answer.questionId,
      };
      if (replaced) {
        const updated = await this.trx(ANSWERS)
          .where({ ...key, version: replaced.version })
          .update(row);
        if (updated !== 1) {
          throw new ConflictError(
            `The answer to '${answer.questionId}' was changed by someone else. Reload it and apply your change again.`,
          );
        }
      } else {
        inserted.push({ ...key, ...row });
      }
      history.push({
        ...key,
        version: answer.version,
        status: answer.status,
        note: row.note,
        links: row.links,
        previous: replaced ? JSON.stringify(answerSnapshot(replaced)) : null,
        changed_by: change?.changedBy ?? answer.answeredBy,
        changed_at: change?.changedAt ?? answer.answeredAt,
        reviewed_at: answer.reviewedAt,
        expires_at: row.expires_at,
        approval: row.approval,
        decision_note: row.decision_note,
      });
    }
    if (inserted.length) {
      await this.trx(ANSWERS).insert(inserted);
    }
    if (history.length) {
      await this.trx(HISTORY).insert(history);
    }
  }

  /** The highest history version of each of the given questions of an entity. */
  private async lastHistoryVersions(entityRef: string, questionIds: string[]) {
    if (questionIds.length === 0) {
      return new Map<string, number>();
    }
    const rows: { question_id: string; version: number | string }[] =
      await this.trx(HISTORY)
        .select('question_id')
        .max({ version: 'version' })
        .where({ entity_ref: entityRef })
        .whereIn('question_id', questionIds)
        .groupBy('question_id');
    return new Map(rows.map(r => [r.question_id, Number(r.version)]));
  }
}

/** Runs units of work in knex transactions, for SQLite and PostgreSQL. */
export class DatabaseTransactions implements ReadinessTransactions {
  constructor(private readonly db: Knex) {}

  inTransaction<T>(
    entityRefs: string[],
    work: (unit: ReadinessUnitOfWork) => Promise<T>,
  ): Promise<T> {
    return transactionRetriedOnDeadlock(this.db, async trx => {
      await lockEntities(trx, entityRefs);
      return work(new DatabaseUnitOfWork(trx));
    });
  }
}
