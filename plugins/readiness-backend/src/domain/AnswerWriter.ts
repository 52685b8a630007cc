import { Entity } from '@backstage/catalog-model';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  answerSnapshot,
  Checklist,
  parseReadinessWriter,
  textProblem,
  WriteAnswersResult,
  storedEntityRef,
} from '@readiness/plugin-readiness-common';
import { ReadinessConfig } from '../config/readReadinessConfig';
import {
  ReadinessTransactions,
  ReadinessUnitOfWork,
} from '../database/ReadinessUnitOfWork';
import { AnswerAudit } from './AnswerAudit';
import { ReadinessMetrics } from '../metrics/ReadinessMetrics';
import { toApiAnswer } from './answersForDisplay';
import { EvidenceEvaluator } from './EvidenceRefresher';
import { Rescored, ScoreKeeper } from './ScoreKeeper';
import { SubjectResolver } from './SubjectResolver';
import { AnswerInput, validateAnswerInput } from './validateAnswerInput';

const actorTypeOf = (actor: string) => parseReadinessWriter(actor).type;

/**
 * Writes and clears people's answers. Each write checks the versions the writer read, stores
 * the answers with their history and rescores the entity in one unit of work on the stored
 * evidence. When that evidence is due, its refresh starts after the write, without it waiting.
 */
export class AnswerWriter {
  constructor(
    private readonly options: {
      transactions: ReadinessTransactions;
      subjects: SubjectResolver;
      keeper: ScoreKeeper;
      evidence: EvidenceEvaluator;
      config: ReadinessConfig;
      clock: () => Date;
      metrics: ReadinessMetrics;
    },
  ) {}

  /** Writes answers as `actor`; returns the result and each answer's change for the audit. */
  async writeAnswers(
    entity: Entity,
    input: { checklistId: string; answers: AnswerInput[] },
    actor: string,
  ): Promise<{ result: WriteAnswersResult; changes: AnswerAudit[] }> {
    const checklist = this.checklistOf(entity, input.checklistId);
    const { config } = this.options;
    const now = this.options.clock();
    // Only listed service writers get this far as services (ReadinessAuthorizer).
    const writes = validateAnswerInput(checklist, input.answers, {
      mayBackdate: actorTypeOf(actor) === 'service',
      now,
      notAsked: this.notAskedOf(entity, checklist),
    });
    const { changed, scored } = await this.changeAnswers(
      entity,
      checklist,
      now,
      (unit, entityRef) =>
        unit.writeAnswers({ entityRef, writes, actor, now: now.toISOString() }),
    );
    this.options.evidence.refreshSoon(entity);
    const { written, previous } = changed;
    this.options.metrics.answersChanged(written.length, {
      operation: 'write',
      actorType: actorTypeOf(actor),
    });
    return {
      result: {
        answers: written.map(a =>
          toApiAnswer(a, config.reviewIntervalDays, now),
        ),
        result: scored.result,
      },
      changes: written.map((answer, i) => ({
        questionId: answer.questionId,
        before: previous[i] ? answerSnapshot(previous[i]!) : null,
        after: answerSnapshot(answer),
        ...(writes[i].reviewedAt ? { reviewedAt: writes[i].reviewedAt } : {}),
      })),
    };
  }

  /** Removes a person's answer so that the automatic answer applies again. */
  async clearAnswer(
    entity: Entity,
    input: { questionId: string; expectedVersion: number },
    actor: string,
  ): Promise<{ change: AnswerAudit }> {
    const checklist = this.checklistOf(entity);
    const now = this.options.clock();
    const { changed: removed } = await this.changeAnswers(
      entity,
      checklist,
      now,
      (unit, entityRef) =>
        unit.clearAnswer({
          entityRef,
          questionId: input.questionId,
          expectedVersion: input.expectedVersion,
          actor,
          now: now.toISOString(),
        }),
    );
    this.options.metrics.answersChanged(1, {
      operation: 'clear',
      actorType: actorTypeOf(actor),
    });
    return {
      change: {
        questionId: input.questionId,
        before: answerSnapshot(removed),
        after: null,
      },
    };
  }

  /**
   * Approves or rejects a pending exemption. Nobody decides on their own request: the approver
   * must not be who asked for it.
   */
  async decideExemption(
    entity: Entity,
    input: {
      questionId: string;
      expectedVersion: number;
      decision: 'approved' | 'rejected';
      note?: string;
    },
    actor: string,
  ): Promise<{ change: AnswerAudit }> {
    const checklist = this.checklistOf(entity);
    if (
      !checklist.sections.some(s =>
        s.questions.some(q => q.id === input.questionId),
      )
    ) {
      throw new NotFoundError(
        `${storedEntityRef(entity)}'s checklist '${
          checklist.id
        }' has no question '${input.questionId}'`,
      );
    }
    const now = this.options.clock();
    const note = input.note?.trim();
    const problem = note ? textProblem(note, { multiline: true }) : undefined;
    if (problem) {
      throw new InputError(`note ${problem}`);
    }
    const { changed } = await this.changeAnswers(
      entity,
      checklist,
      now,
      async (unit, entityRef) => {
        const current = (await unit.answersOf([entityRef]))
          .get(entityRef)
          ?.find(a => a.questionId === input.questionId);
        // The requester wrote the reason; a later unchanged confirmation by someone else
        // (a service, say) does not make them someone else.
        if (current && (current.requestedBy ?? current.answeredBy) === actor) {
          throw new NotAllowedError(
            `You asked for this exemption; someone else with readiness.exemption.approve has to decide on it`,
          );
        }
        return unit.decideExemption({
          entityRef,
          ...input,
          ...(note ? { note } : {}),
          actor,
          now: now.toISOString(),
        });
      },
    );
    return {
      change: {
        questionId: input.questionId,
        before: answerSnapshot(changed.replaced),
        after: answerSnapshot(changed.decided),
      },
    };
  }

  /**
   * Changes an entity's answers and rescores it in one unit of work, then tells listeners: the
   * score always reflects every committed answer.
   */
  private async changeAnswers<T>(
    entity: Entity,
    checklist: Checklist,
    now: Date,
    change: (unit: ReadinessUnitOfWork, entityRef: string) => Promise<T>,
  ): Promise<{ changed: T; scored: Rescored }> {
    const { transactions, subjects, keeper } = this.options;
    const subject = await subjects.subjectOf(entity);
    const outcome = await transactions
      .inTransaction([subject.entityRef], async unit => {
        const changed = await change(unit, subject.entityRef);
        const [scored] = await keeper.rescoreIn(
          unit,
          [{ subject, checklist }],
          { now, answersChanged: true, seenInCatalog: true },
        );
        return { changed, scored };
      })
      .catch(error => {
        if (error instanceof ConflictError) {
          this.options.metrics.answerConflict();
        }
        throw error;
      });
    keeper.announce('person', [outcome.scored]);
    return outcome;
  }

  /** The questions of the entity's whole checklist that its targets leave out for the entity. */
  private notAskedOf(entity: Entity, asked: Checklist) {
    const whole = this.options.subjects.wholeChecklistFor(entity);
    const askedIds = new Set(
      asked.sections.flatMap(s => s.questions.map(q => q.id)),
    );
    const type = entity.spec?.type;
    return {
      questionIds: new Set(
        (whole?.sections ?? [])
          .flatMap(s => s.questions.map(q => q.id))
          .filter(id => !askedIds.has(id)),
      ),
      of: `${entity.kind} entities${
        typeof type === 'string' ? ` of type '${type}'` : ' without a type'
      }`,
    };
  }

  /** The entity's checklist, which must be the one the writer named (when they name one). */
  private checklistOf(entity: Entity, checklistId?: string): Checklist {
    const checklist = this.options.subjects.checklistFor(entity);
    const entityRef = storedEntityRef(entity);
    if (!checklist) {
      throw new InputError(`No readiness checklist applies to ${entityRef}`);
    }
    if (checklistId !== undefined && checklistId !== checklist.id) {
      const known = this.options.config.checklists.some(
        c => c.id === checklistId,
      );
      throw new InputError(
        known
          ? `Checklist '${checklistId}' does not apply to ${entityRef}; it uses '${checklist.id}'`
          : `Unknown checklist '${checklistId}'`,
      );
    }
    return checklist;
  }
}
