import { Entity } from '@backstage/catalog-model';
import {
  Checklist,
  EntityReadiness,
  EntityReadinessByReference,
  ReadinessAccess,
  readinessByReference,
  readinessCounts,
  storedEntityRef,
} from '@readiness/plugin-readiness-common';
import { ReadinessConfig } from '../config/readReadinessConfig';
import { EvidenceProblem, StoredEvidence } from '../database/EvidenceStore';
import {
  HistoryEntry,
  ReadinessStore,
  StoredAnswer,
} from '../database/ReadinessStore';
import { answersForDisplay } from './answersForDisplay';
import { etagsMatch } from './etagsMatch';
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

/** An entity's rows, read by the ref a request named before the catalog confirmed it. */
export type PrefetchedRows = {
  entityRef: string;
  rows: Promise<[StoredAnswer[], StoredEvidence[], EvidenceProblem[]]>;
};

/** One entity's readiness as a read sends it: in full, or compact (`checklist=reference`). */
export type EntityReadinessResponse =
  | EntityReadiness
  | EntityReadinessByReference;

/** Stands in for an access the response leaves out; never sent. */
const noAccessShown: ReadinessAccess = { canEdit: false, owners: [] };

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
  /** Each configured checklist's version: a hash of its configuration. */
  private readonly checklistVersions: Map<string, string>;

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
    this.checklistVersions = new Map(
      checklists.map(checklist => [checklist.id, configVersionOf(checklist)]),
    );
  }

  /** One configured checklist with its version; undefined for an unknown id. */
  getChecklist(
    id: string,
  ): { checklist: Checklist; version: string } | undefined {
    const checklist = this.options.config.checklists.find(c => c.id === id);
    return checklist && { checklist, version: this.checklistVersions.get(id)! };
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
   * HTTP ETag): then only the version, and nothing built. With `checklist: 'reference'` the
   * response is the compact form, which names its checklist (`checklistRef`) instead of copying
   * it; there, an absent `access` is left out of the response (`access=omit`).
   */
  async getEntityReadinessIfChanged(
    entity: Entity,
    access: ReadinessAccess | undefined,
    options: {
      ifNoneMatch?: string;
      checklist: 'full' | 'reference';
      /** Rows read while the catalog was asked; used only if they are this entity's. */
      prefetched?: PrefetchedRows;
    },
  ): Promise<{
    version: string;
    readiness?: EntityReadinessResponse;
  }> {
    const { ifNoneMatch } = options;
    const inputs = await this.load(entity, options.prefetched);
    const version = readinessVersion({
      configVersion: this.configVersion,
      form: options.checklist,
      subject: [entity.kind, entity.spec?.type ?? null],
      inputs,
      access,
      reviewIntervalDays: this.options.config.reviewIntervalDays,
    });
    if (ifNoneMatch !== undefined && etagsMatch(ifNoneMatch, version)) {
      return { version };
    }
    const readiness = this.build(entity, inputs, access ?? noAccessShown);
    const { checklistRef, result } = readiness;
    if (options.checklist === 'reference' && checklistRef && result) {
      const configured = this.getChecklist(checklistRef.id)?.checklist;
      const asksEveryQuestion =
        configured !== undefined &&
        checklistRef.questionIds.length ===
          configured.sections.reduce((n, s) => n + s.questions.length, 0);
      return {
        version,
        readiness: readinessByReference(
          { ...readiness, checklistRef, result },
          { asksEveryQuestion, withAccess: access !== undefined },
        ),
      };
    }
    if (!access) {
      // Only the compact form may leave the access out; the service refuses the rest.
      throw new Error(
        'The full form of an entity readiness always carries the access',
      );
    }
    return { version, readiness };
  }

  /**
   * Starts the three reads of a requested entity's rows before the catalog has answered, so
   * they overlap the catalog call instead of following it. Nothing read is shown unless the
   * catalog then gives the caller that very entity (see `getEntityReadinessIfChanged`).
   */
  prefetch(requestedRef: string): PrefetchedRows {
    const { answers: store, evidence } = this.options;
    const rows = Promise.all([
      store.getAnswers(requestedRef),
      evidence.getEvidence(requestedRef),
      evidence.getProblems(requestedRef),
    ]);
    // Awaited only when the catalog gives the entity; a failure then is the read's failure.
    rows.catch(() => undefined);
    return { entityRef: requestedRef, rows };
  }

  /** What the entity's readiness is built from: its checklist and three reads at once. */
  private async load(
    entity: Entity,
    prefetched?: PrefetchedRows,
  ): Promise<ReadinessInputs> {
    const { answers: store, evidence, subjects } = this.options;
    const entityRef = storedEntityRef(entity);
    const checklist = subjects.checklistFor(entity);
    const [personAnswers, automatic, problems] =
      prefetched?.entityRef === entityRef
        ? await prefetched.rows
        : await Promise.all([
            store.getAnswers(entityRef),
            checklist ? evidence.getEvidence(entityRef) : [],
            checklist ? evidence.getProblems(entityRef) : [],
          ]);
    return {
      checklist,
      personAnswers,
      // Without a checklist, automatic answers are neither shown nor scored.
      automatic: checklist ? automatic : [],
      problems: checklist ? problems : [],
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
    const entityRef = storedEntityRef(entity);
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
      checklistRef: {
        id: checklist.id,
        version: this.checklistVersions.get(checklist.id) ?? '',
        questionIds: checklist.sections.flatMap(s =>
          s.questions.map(q => q.id),
        ),
      },
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
    return this.options.answers.getHistory(storedEntityRef(entity), options);
  }
}
