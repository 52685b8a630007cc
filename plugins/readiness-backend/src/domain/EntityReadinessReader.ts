import { Entity } from '@backstage/catalog-model';
import {
  EntityReadiness,
  ReadinessAccess,
  readinessCounts,
} from '@readiness/plugin-readiness-common';
import { ReadinessConfig } from '../config/readReadinessConfig';
import { EvidenceProblem, StoredEvidence } from '../database/EvidenceStore';
import { HistoryEntry, ReadinessStore } from '../database/ReadinessStore';
import { storedRefOf } from '../subjects/subjectOfEntity';
import { answersForDisplay } from './answersForDisplay';
import { ScoreCalculator } from './ScoreCalculator';
import { SubjectResolver } from './SubjectResolver';

/** The automatic answers as the reader needs them. */
export type EvidenceReader = {
  getEvidence(entityRef: string): Promise<StoredEvidence[]>;
  getProblems(entityRef: string): Promise<EvidenceProblem[]>;
  titleOf(providerId: string): string;
};

const noChecklistReason = (entity: Entity) =>
  `No readiness checklist applies to entities of kind '${entity.kind}'${
    typeof entity.spec?.type === 'string'
      ? ` and type '${entity.spec.type}'`
      : ''
  }.`;

/**
 * Reads an entity's readiness: its checklist, answers (people's and automatic), score and
 * history. It only reads; evidence is brought up to date by its task, by writes and by the
 * explicit refresh endpoint.
 */
export class EntityReadinessReader {
  constructor(
    private readonly options: {
      answers: ReadinessStore;
      evidence: EvidenceReader;
      subjects: SubjectResolver;
      calculator: ScoreCalculator;
      config: ReadinessConfig;
      clock: () => Date;
    },
  ) {}

  listChecklists() {
    const { checklists, levels, reviewIntervalDays } = this.options.config;
    return { items: checklists, levels, reviewIntervalDays };
  }

  async getEntityReadiness(
    entity: Entity,
    access: ReadinessAccess,
  ): Promise<EntityReadiness> {
    const { answers: store, evidence, subjects, config } = this.options;
    const { levels, reviewIntervalDays } = config;
    const entityRef = storedRefOf(entity);
    const checklist = subjects.checklistFor(entity);
    // Two independent reads, at the same time.
    const [personAnswers, automatic, problems] = await Promise.all([
      store.getAnswers(entityRef),
      checklist ? evidence.getEvidence(entityRef) : [],
      checklist ? evidence.getProblems(entityRef) : [],
    ]);
    const now = this.options.clock();
    const answers = answersForDisplay({
      entityRef,
      personAnswers,
      evidence: automatic,
      providerTitle: id => evidence.titleOf(id),
      reviewIntervalDays,
      now,
    });
    if (!checklist) {
      return {
        entityRef,
        checklist: null,
        reason: noChecklistReason(entity),
        answers: [],
        orphanedAnswers: answers,
        result: null,
        levels,
        reviewIntervalDays,
        access,
      };
    }
    const { result, figures } = this.options.calculator.figures(
      checklist,
      personAnswers,
      automatic,
      now,
    );
    const orphans = new Set(result.orphanedQuestionIds);
    const shown = answers.filter(a => !orphans.has(a.questionId));
    return {
      entityRef,
      assessment: figures.assessment,
      counts: readinessCounts(
        checklist.sections.flatMap(s => s.questions.map(q => q.id)),
        new Map(shown.map(a => [a.questionId, a])),
      ),
      checklist,
      answers: shown,
      orphanedAnswers: answers.filter(a => orphans.has(a.questionId)),
      result,
      levels,
      reviewIntervalDays,
      access,
      ...(problems.length
        ? {
            evidenceProblems: problems.map(p => ({
              providerId: p.providerId,
              providerTitle: evidence.titleOf(p.providerId),
              attempted: p.attempted,
              reason: p.reason,
              since: p.failingSince,
              lastAttemptAt: p.lastAttemptAt,
            })),
          }
        : {}),
    };
  }

  getHistory(
    entity: Entity,
    options: { questionId?: string; limit: number; beforeId?: number },
  ): Promise<HistoryEntry[]> {
    return this.options.answers.getHistory(storedRefOf(entity), options);
  }
}
