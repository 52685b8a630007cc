import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  AnswerEvidence,
  Checklist,
  EntityReadiness,
  ReadinessAccess,
  ReadinessAnswer,
  ReadinessResult,
  isStale,
  selectChecklist,
  WriteAnswersResult,
} from '@readiness/plugin-readiness-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ScoreChangeListener } from './ScoreChange';
import { EvidenceService } from '../evidence/EvidenceService';
import { StoredEvidence } from '../database/EvidenceStore';
import { SystemDomainCache } from '../subjects/SystemDomainCache';
import { subjectOfEntity, systemOf } from '../subjects/subjectOfEntity';
import { ReadinessConfig } from '../config/readReadinessConfig';
import {
  HistoryEntry,
  ReadinessStore,
  ScorePage,
  ScoreQuery,
  ScoreSubject,
  StoredAnswer,
} from '../database/ReadinessStore';
import { AnswerInput, validateAnswerInput } from './validateAnswerInput';
import { ScoreCalculator } from './ScoreCalculator';
import { decodeScoreCursor, encodeScoreCursor } from './scoreCursor';

export { checklistHash } from './ScoreCalculator';

/** How answers and history name the writer: a user's ref, or `service:<subject>`. */
export const actorOf = (credentials: BackstageCredentials): string => {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user' && principal.userEntityRef) {
    return principal.userEntityRef;
  }
  return `service:${principal.subject ?? 'unknown'}`;
};

/** One answer's change, as the audit log records it. */
export type AnswerAudit = {
  questionId: string;
  /** Null when there was no answer. */
  before: {
    status: string;
    note?: string;
    links: string[];
    version: number;
  } | null;
  /** Null when the answer was cleared. */
  after: {
    status: string;
    note?: string;
    links: string[];
    version: number;
  } | null;
};

/**
 * The readiness domain: finds the checklist for an entity, validates answers, and keeps scores
 * in step with answers through the store. It decides nothing about who may do what: callers go
 * through {@link AuthorizedReadinessService}, which reads the entity as the caller may see it.
 */
export class ReadinessService {
  private readonly hashes: Record<string, string>;
  private readonly calculator: ScoreCalculator;

  constructor(
    private readonly options: {
      store: ReadinessStore;
      domains: SystemDomainCache;
      config: ReadinessConfig;
      /** Automatic answers; without it only people answer. */
      evidence?: EvidenceService;
      clock?: () => Date;
      /** Told about every recomputed score, after it is committed. */
      onScoresChanged?: ScoreChangeListener;
    },
  ) {
    this.calculator = new ScoreCalculator(options.config);
    this.hashes = this.calculator.hashes;
  }

  listChecklists() {
    const { checklists, levels, reviewIntervalDays } = this.options.config;
    return { items: checklists, levels, reviewIntervalDays };
  }

  async getEntityReadiness(
    entity: Entity,
    access: ReadinessAccess,
  ): Promise<EntityReadiness> {
    const entityRef = this.refOf(entity);
    const { levels, reviewIntervalDays } = this.options.config;
    const checklist = this.checklistFor(entity);
    if (checklist) {
      await this.refreshEvidence(entity);
    }
    const stored = await this.options.store.getAnswers(entityRef);
    const evidence = checklist ? await this.evidenceOf(entityRef) : [];
    const now = this.now();
    const evidenceFor = new Map(evidence.map(e => [e.questionId, e]));
    const answers: ReadinessAnswer[] = stored.map(a => ({
      ...this.toApiAnswer(a, now),
      source: 'person' as const,
      ...(evidenceFor.has(a.questionId)
        ? { evidence: this.toApiEvidence(evidenceFor.get(a.questionId)!) }
        : {}),
    }));
    const personal = new Set(stored.map(a => a.questionId));
    for (const e of evidence.filter(x => !personal.has(x.questionId))) {
      answers.push({
        entityRef,
        questionId: e.questionId,
        status: e.status,
        note: e.note,
        links: e.links,
        version: 0,
        answeredBy: `evidence:${e.providerId}`,
        answeredAt: e.evaluatedAt,
        reviewedAt: e.evaluatedAt,
        stale: isStale(e.evaluatedAt, reviewIntervalDays, now),
        source: 'evidence',
        evidence: this.toApiEvidence(e),
      });
    }
    if (!checklist) {
      return {
        entityRef,
        checklist: null,
        reason: `No readiness checklist applies to entities of kind '${
          entity.kind
        }'${
          typeof entity.spec?.type === 'string'
            ? ` and type '${entity.spec.type}'`
            : ''
        }.`,
        answers: [],
        orphanedAnswers: answers,
        result: null,
        levels,
        reviewIntervalDays,
        access,
      };
    }
    const { result, figures } = this.calculator.figures(
      checklist,
      stored,
      evidence,
      now,
    );
    const orphans = new Set(result.orphanedQuestionIds);
    return {
      entityRef,
      assessment: figures.assessment,
      checklist,
      answers: answers.filter(a => !orphans.has(a.questionId)),
      orphanedAnswers: answers.filter(a => orphans.has(a.questionId)),
      result,
      levels,
      reviewIntervalDays,
      access,
    };
  }

  /** Writes answers as `actor`; returns the result and each answer's change for the audit. */
  async writeAnswers(
    entity: Entity,
    input: { checklistId: string; answers: AnswerInput[] },
    actor: string,
  ): Promise<{ result: WriteAnswersResult; changes: AnswerAudit[] }> {
    return this.write(entity, input, actor);
  }

  private async write(
    entity: Entity,
    input: { checklistId: string; answers: AnswerInput[] },
    actor: string,
  ): Promise<{ result: WriteAnswersResult; changes: AnswerAudit[] }> {
    const checklist = this.checklistFor(entity);
    if (!checklist) {
      throw new InputError(
        `No readiness checklist applies to ${this.refOf(entity)}`,
      );
    }
    if (input.checklistId !== checklist.id) {
      throw new InputError(
        this.hashes[input.checklistId]
          ? `Checklist '${input.checklistId}' does not apply to ${this.refOf(
              entity,
            )}; it uses '${checklist.id}'`
          : `Unknown checklist '${input.checklistId}'`,
      );
    }
    const writes = validateAnswerInput(checklist, input.answers);
    const evidence = await this.evidenceOf(this.refOf(entity));
    const now = this.now();
    let result: ReadinessResult | undefined;
    const { written, previous, score } = await this.options.store.writeAnswers({
      subject: await this.subjectOf(entity),
      writes,
      actor,
      now: now.toISOString(),
      // Runs inside the write's transaction on the entity's full answers; keep the result.
      computeScore: answers => {
        const scored = this.calculator.figures(
          checklist,
          answers,
          evidence,
          now,
        );
        result = scored.result;
        return scored.figures;
      },
    });
    this.options.onScoresChanged?.([
      {
        cause: 'person',
        entityRef: score.entityRef,
        score: score.score,
        level: score.level,
      },
    ]);
    const audited = (a: StoredAnswer) => ({
      status: a.status,
      ...(a.note ? { note: a.note } : {}),
      links: a.links,
      version: a.version,
    });
    return {
      result: {
        answers: written.map(a => this.toApiAnswer(a, now)),
        result: result!,
      },
      changes: written.map((answer, i) => ({
        questionId: answer.questionId,
        before: previous[i] ? audited(previous[i]!) : null,
        after: audited(answer),
      })),
    };
  }

  /** Removes a person's answer so that the automatic answer applies again. */
  async clearAnswer(
    entity: Entity,
    input: { questionId: string; expectedVersion: number },
    actor: string,
  ): Promise<{ change: AnswerAudit }> {
    const entityRef = this.refOf(entity);
    const checklist = this.checklistFor(entity);
    if (!checklist) {
      throw new InputError(`No readiness checklist applies to ${entityRef}`);
    }
    const evidence = await this.evidenceOf(entityRef);
    const now = this.now();
    const { removed, score } = await this.options.store.clearAnswer({
      subject: await this.subjectOf(entity),
      questionId: input.questionId,
      expectedVersion: input.expectedVersion,
      actor,
      now: now.toISOString(),
      computeScore: this.calculator.scoreFunction(checklist, evidence, now),
    });
    this.options.onScoresChanged?.([
      { cause: 'person', entityRef, score: score.score, level: score.level },
    ]);
    return {
      change: {
        questionId: input.questionId,
        before: {
          status: removed.status,
          ...(removed.note ? { note: removed.note } : {}),
          links: removed.links,
          version: removed.version,
        },
        after: null,
      },
    };
  }

  /**
   * Evaluates the entity's evidence when it is older than the configured age (or always, with
   * `force`), and rescores the entity when its automatic answers changed.
   */
  async refreshEvidence(
    entity: Entity,
    options: { force?: boolean } = {},
  ): Promise<void> {
    const evidence = this.options.evidence;
    const checklist = this.checklistFor(entity);
    if (!evidence?.hasProviders || !checklist) {
      return;
    }
    const entityRef = this.refOf(entity);
    const now = this.now();
    if (!options.force && !(await evidence.isDue(entityRef, now))) {
      return;
    }
    if (!(await evidence.evaluate(entity, checklist, now))) {
      return;
    }
    const before = (
      await this.options.store.queryScores({
        entityRefs: [entityRef],
        limit: 1,
      })
    ).items[0];
    const found = await evidence.getEvidence(entityRef);
    const rescored = await this.options.store.rescore({
      subject: await this.subjectOf(entity),
      now: now.toISOString(),
      computeScore: this.calculator.scoreFunction(checklist, found, now),
    });
    this.options.onScoresChanged?.([
      {
        cause: 'evidence',
        entityRef,
        score: rescored.score,
        level: rescored.level,
        previousLevel: before ? before.level : null,
        owner: rescored.owner,
        stale: rescored.stale,
        previousStale: before?.stale ?? 0,
      },
    ]);
  }

  private evidenceOf(entityRef: string): Promise<StoredEvidence[]> {
    return this.options.evidence?.getEvidence(entityRef) ?? Promise.resolve([]);
  }

  private toApiEvidence(e: StoredEvidence): AnswerEvidence {
    return {
      providerId: e.providerId,
      providerTitle:
        this.options.evidence?.titleOf(e.providerId) ?? e.providerId,
      status: e.status,
      note: e.note,
      links: e.links,
      evaluatedAt: e.evaluatedAt,
    };
  }

  async getHistory(
    entity: Entity,
    options: { questionId?: string; limit: number; beforeId?: number },
  ): Promise<HistoryEntry[]> {
    return this.options.store.getHistory(this.refOf(entity), options);
  }

  async queryScores(query: ScoreQuery): Promise<ScorePage> {
    const known = new Set([
      ...this.options.config.levels.map(l => l.id),
      'none',
    ]);
    const unknown = query.levels?.find(l => !known.has(l));
    if (unknown) {
      throw new InputError(
        `Unknown level '${unknown}'; use one of ${[...known].join(', ')}`,
      );
    }
    if (
      query.minScore !== undefined &&
      query.maxScore !== undefined &&
      query.minScore > query.maxScore
    ) {
      throw new InputError(
        `minScore (${query.minScore}) must not be greater than maxScore (${query.maxScore})`,
      );
    }
    let scoredSince: string | undefined;
    if (query.scoredSince !== undefined) {
      const time = Date.parse(query.scoredSince);
      if (Number.isNaN(time)) {
        throw new InputError(
          `scoredSince '${query.scoredSince}' is not an ISO 8601 time`,
        );
      }
      scoredSince = new Date(time).toISOString();
    }
    const page = await this.options.store.queryScores({
      ...query,
      scoredSince,
      cursor:
        query.cursor === undefined
          ? undefined
          : decodeScoreCursor(query.cursor),
      entityRefs: query.entityRefs?.map(r => r.toLocaleLowerCase('en-US')),
    });
    return page.nextCursor === undefined
      ? page
      : { ...page, nextCursor: encodeScoreCursor(page.nextCursor) };
  }

  /**
   * Re-scores stored scores whose answers went stale or whose checklist changed. Uses the kind
   * and type stored with the score, so it needs no catalog calls. Returns how many were updated.
   */
  async refreshScores(batchSize = 500): Promise<number> {
    const now = this.now();
    let refreshed = 0;
    for (;;) {
      const due = await this.options.store.listScoresToRefresh({
        currentHashes: this.hashes,
        now: now.toISOString(),
        limit: batchSize,
      });
      for (const stored of due) {
        const checklist = selectChecklist(this.options.config.checklists, {
          kind: stored.kind,
          spec: { type: stored.entityType },
        });
        if (!checklist) {
          continue;
        }
        const evidence = await this.evidenceOf(stored.entityRef);
        const rescored = await this.options.store.rescore({
          seenInCatalog: false,
          subject: stored,
          now: now.toISOString(),
          computeScore: this.calculator.scoreFunction(checklist, evidence, now),
        });
        refreshed += 1;
        if (
          rescored.level !== stored.level ||
          rescored.score !== stored.score ||
          rescored.stale !== stored.stale
        ) {
          this.options.onScoresChanged?.([
            {
              cause: 'refresh',
              entityRef: rescored.entityRef,
              score: rescored.score,
              level: rescored.level,
              previousLevel: stored.level,
              owner: rescored.owner,
              stale: rescored.stale,
              previousStale: stored.stale,
            },
          ]);
        }
      }
      if (due.length < batchSize) {
        return refreshed;
      }
    }
  }

  private now() {
    return this.options.clock?.() ?? new Date();
  }

  private refOf(entity: Entity) {
    return stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  }

  private checklistFor(entity: Entity): Checklist | undefined {
    return selectChecklist(this.options.config.checklists, entity);
  }

  /** The catalog facts stored beside a score; the domain comes from the entity's system. */
  private async subjectOf(entity: Entity): Promise<ScoreSubject> {
    const system = systemOf(entity);
    return subjectOfEntity(
      entity,
      system ? await this.options.domains.domainOf(system) : undefined,
    );
  }

  private toApiAnswer(answer: StoredAnswer, now: Date): ReadinessAnswer {
    return {
      ...answer,
      stale: isStale(
        answer.reviewedAt,
        this.options.config.reviewIntervalDays,
        now,
      ),
    };
  }
}
