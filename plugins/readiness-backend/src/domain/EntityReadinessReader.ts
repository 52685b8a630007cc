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
import {
  configVersionOf,
  ReadinessInputs,
  readinessVersion,
} from './readinessVersion';
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
  private readonly configVersion: string;

  constructor(
    private readonly options: {
      answers: ReadinessStore;
      evidence: EvidenceReader;
      subjects: SubjectResolver;
      calculator: ScoreCalculator;
      config: ReadinessConfig;
      clock: () => Date;
    },
  ) {
    const { checklists, levels, reviewIntervalDays } = options.config;
    this.configVersion = configVersionOf({
      checklists,
      levels,
      reviewIntervalDays,
    });
  }

  listChecklists() {
    const { checklists, levels, reviewIntervalDays } = this.options.config;
    return { items: checklists, levels, reviewIntervalDays };
  }

  async getEntityReadiness(
    entity: Entity,
    access: ReadinessAccess,
  ): Promise<EntityReadiness> {
    return this.build(entity, await this.load(entity), access);
  }

  /**
   * The entity's readiness unless the caller holds its current version (`ifNoneMatch`, an
   * HTTP ETag): then only the version, and nothing built.
   */
  async getEntityReadinessIfChanged(
    entity: Entity,
    access: ReadinessAccess,
    ifNoneMatch: string | undefined,
  ): Promise<{ version: string; readiness?: EntityReadiness }> {
    const inputs = await this.load(entity);
    const version = readinessVersion({
      configVersion: this.configVersion,
      subject: [entity.kind, entity.spec?.type ?? null],
      inputs,
      access,
      reviewIntervalDays: this.options.config.reviewIntervalDays,
    });
    if (ifNoneMatch !== undefined && etagsMatch(ifNoneMatch, version)) {
      return { version };
    }
    return { version, readiness: this.build(entity, inputs, access) };
  }

  /** What the entity's readiness is built from: its checklist and three reads at once. */
  private async load(entity: Entity): Promise<ReadinessInputs> {
    const { answers: store, evidence, subjects } = this.options;
    const entityRef = storedRefOf(entity);
    const checklist = subjects.checklistFor(entity);
    const [personAnswers, automatic, problems] = await Promise.all([
      store.getAnswers(entityRef),
      checklist ? evidence.getEvidence(entityRef) : [],
      checklist ? evidence.getProblems(entityRef) : [],
    ]);
    return {
      checklist,
      personAnswers,
      automatic,
      problems,
      now: this.options.clock(),
    };
  }

  private build(
    entity: Entity,
    inputs: ReadinessInputs,
    access: ReadinessAccess,
  ): EntityReadiness {
    const { evidence, config } = this.options;
    const { levels, reviewIntervalDays } = config;
    const entityRef = storedRefOf(entity);
    const { checklist, personAnswers, automatic, problems, now } = inputs;
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

/** Whether an If-None-Match header names the version (a list, weak or strong, or `*`). */
function etagsMatch(ifNoneMatch: string, version: string): boolean {
  return ifNoneMatch
    .split(',')
    .map(tag => tag.trim().replace(/^W\//, ''))
    .some(tag => tag === '*' || tag === version);
}
