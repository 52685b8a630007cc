import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  answerSnapshot,
  Checklist,
  WriteAnswersResult,
} from '@readiness/plugin-readiness-common';
import { ReadinessConfig } from '../config/readReadinessConfig';
import { ReadinessTransactions } from '../database/ReadinessUnitOfWork';
import { storedRefOf } from '../subjects/subjectOfEntity';
import { AnswerAudit } from './AnswerAudit';
import { toApiAnswer } from './answersForDisplay';
import { EvidenceEvaluator } from './EvidenceRefresher';
import { ScoreKeeper } from './ScoreKeeper';
import { SubjectResolver } from './SubjectResolver';
import { AnswerInput, validateAnswerInput } from './validateAnswerInput';

/**
 * Writes and clears people's answers. Each write checks the versions the writer read, stores
 * the answers with their history and rescores the entity in one unit of work; the evidence is
 * brought up to date first (when it is due), so the new score counts it.
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
    },
  ) {}

  /** Writes answers as `actor`; returns the result and each answer's change for the audit. */
  async writeAnswers(
    entity: Entity,
    input: { checklistId: string; answers: AnswerInput[] },
    actor: string,
  ): Promise<{ result: WriteAnswersResult; changes: AnswerAudit[] }> {
    const checklist = this.checklistOf(entity, input.checklistId);
    const writes = validateAnswerInput(checklist, input.answers);
    const { transactions, subjects, keeper, config } = this.options;
    const now = this.options.clock();
    await this.options.evidence.evaluateIfDue(entity, checklist, now);
    const subject = await subjects.subjectOf(entity);
    const { written, previous, scored } = await transactions.inTransaction(
      [subject.entityRef],
      async unit => {
        const outcome = await unit.writeAnswers({
          entityRef: subject.entityRef,
          writes,
          actor,
          now: now.toISOString(),
        });
        const [rescored] = await keeper.rescoreIn(
          unit,
          [{ subject, checklist }],
          { now, answersChanged: true, seenInCatalog: true },
        );
        return { ...outcome, scored: rescored };
      },
    );
    keeper.announce('person', [scored]);
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
      })),
    };
  }

  /** Removes a person's answer so that the automatic answer applies again. */
  async clearAnswer(
    entity: Entity,
    input: { questionId: string; expectedVersion: number },
    actor: string,
  ): Promise<{ change: AnswerAudit }> {
    const checklist = this.options.subjects.checklistFor(entity);
    if (!checklist) {
      throw new InputError(
        `No readiness checklist applies to ${storedRefOf(entity)}`,
      );
    }
    const { transactions, subjects, keeper } = this.options;
    const now = this.options.clock();
    const subject = await subjects.subjectOf(entity);
    const { removed, scored } = await transactions.inTransaction(
      [subject.entityRef],
      async unit => {
        const cleared = await unit.clearAnswer({
          entityRef: subject.entityRef,
          questionId: input.questionId,
          expectedVersion: input.expectedVersion,
          actor,
          now: now.toISOString(),
        });
        const [rescored] = await keeper.rescoreIn(
          unit,
          [{ subject, checklist }],
          { now, answersChanged: true, seenInCatalog: true },
        );
        return { removed: cleared, scored: rescored };
      },
    );
    keeper.announce('person', [scored]);
    return {
      change: {
        questionId: input.questionId,
        before: answerSnapshot(removed),
        after: null,
      },
    };
  }

  /** The entity's checklist, which must be the one the writer named. */
  private checklistOf(entity: Entity, checklistId: string): Checklist {
    const checklist = this.options.subjects.checklistFor(entity);
    const entityRef = storedRefOf(entity);
    if (!checklist) {
      throw new InputError(`No readiness checklist applies to ${entityRef}`);
    }
    if (checklistId !== checklist.id) {
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
