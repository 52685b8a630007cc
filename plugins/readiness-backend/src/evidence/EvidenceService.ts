import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { Checklist, storedEntityRef } from '@readiness/plugin-readiness-common';
import {
  EvidenceAnswer,
  EvidenceContext,
  EvidenceUnavailableError,
  ReadinessEvidenceProvider,
} from '@readiness/plugin-readiness-node';
import {
  EvidenceRun,
  EvidenceStore,
  ProviderFailure,
  StoredEvidence,
} from '../database/EvidenceStore';
import { Batcher } from '../database/Batcher';

/** Entities whose runs are stored in one transaction, at most. */
const MAX_RUNS_PER_TRANSACTION = 50;

/** Longest a batch waits for people's requests to be served before it goes anyway. */
export const MAX_YIELD_MS = 500;

/** At most this much of a failure's reason is kept and shown. */
const MAX_REASON_LENGTH = 500;

/**
 * What a provider's failure says to people. Credentials and query strings in URLs (tokens) are
 * cut, so a reason never carries a secret.
 */
export function failureOf(
  provider: Pick<ReadinessEvidenceProvider, 'id' | 'title'>,
  error: unknown,
): ProviderFailure {
  // By name, not instanceof: a module may bring its own copy of readiness-node.
  const unavailable =
    error instanceof Error &&
    error.name === 'EvidenceUnavailableError' &&
    typeof (error as EvidenceUnavailableError).attempted === 'string';
  let raw = String(error);
  if (unavailable) {
    raw = (error as EvidenceUnavailableError).reason;
  } else if (error instanceof Error) {
    raw = error.message;
  }
  const reason = raw
    .replace(/(\w+:\/\/)[^\s/@]+@/g, '$1')
    .replace(/(\w+:\/\/[^\s?#]*)[?#]\S*/g, '$1')
    .slice(0, MAX_REASON_LENGTH);
  return {
    providerId: provider.id,
    attempted: unavailable
      ? (error as EvidenceUnavailableError).attempted
      : `run ${provider.title}`,
    reason: reason || 'no reason given',
  };
}

const sameEvidence = (
  a: Omit<StoredEvidence, 'entityRef' | 'evaluatedAt'>[],
  b: StoredEvidence[],
) =>
  a.length === b.length &&
  a.every(x => {
    const y = b.find(e => e.questionId === x.questionId);
    return (
      y &&
      y.providerId === x.providerId &&
      y.status === x.status &&
      y.note === x.note &&
      JSON.stringify(y.links) === JSON.stringify(x.links)
    );
  });

/**
 * Runs the evidence providers for an entity and keeps their answers. The first provider that
 * answers a question owns it; answers to questions the entity's checklist does not have, or
 * that the provider did not declare, are dropped. A provider that fails keeps the answers it
 * gave before (a failed read is not evidence of anything) and the failure is recorded, so the
 * entity can say since when its evidence could not be checked.
 */
export class EvidenceService {
  constructor(
    private readonly options: {
      providers: ReadinessEvidenceProvider[];
      store: EvidenceStore;
      logger: LoggerService;
      getEntity: EvidenceContext['getEntity'];
      maxAgeMs: number;
      /** Background work waits for it before each batch: people's requests go first. */
      yieldTo?: { whenIdle(maxWaitMs: number): Promise<void> };
    },
  ) {}

  private readonly batching = {
    maxBatch: MAX_RUNS_PER_TRANSACTION,
    beforeEach: () => this.options.yieldTo?.whenIdle(MAX_YIELD_MS),
  };

  private readonly providerLoggers = new Map<string, LoggerService>();

  /** The stored evidence of entities evaluated side by side is read together. */
  private readonly previous = new Batcher<string, StoredEvidence[]>(
    async refs => {
      const found = await this.options.store.getEvidenceOf(refs);
      return refs.map(ref => found.get(ref) ?? []);
    },
    this.batching,
  );

  /** Runs finished side by side go to the database together, one batch at a time. */
  private readonly runs = new Batcher<EvidenceRun, void>(async runs => {
    // An entity evaluated twice in one batch (the task and a write's refresh): the last wins.
    const last = new Map(runs.map(run => [run.entityRef, run]));
    await this.options.store.recordRuns([...last.values()]);
    return runs.map(() => undefined);
  }, this.batching);

  get hasProviders() {
    return this.options.providers.length > 0;
  }

  getEvidence(entityRef: string) {
    return this.options.store.getEvidence(entityRef);
  }

  getProblems(entityRef: string) {
    return this.options.store.getProblems(entityRef);
  }

  /** Whether the entity's evidence is older than the configured age (or was never evaluated). */
  async isDue(entityRef: string, now: Date): Promise<boolean> {
    const last = await this.options.store.getLastRun(entityRef);
    return !last || Date.parse(last) + this.options.maxAgeMs <= now.getTime();
  }

  /**
   * Evaluates the entity; returns whether its automatic answers changed. Runs evaluated side by
   * side are stored together (see {@link Batcher}).
   */
  async evaluate(
    entity: Entity,
    checklist: Checklist,
    now: Date,
  ): Promise<boolean> {
    const entityRef = storedEntityRef(entity);
    const previous = await this.previous.add(entityRef);
    const { found, failures } = await this.gather(
      entity,
      entityRef,
      checklist,
      previous,
    );
    const changed = !sameEvidence(found, previous);
    await this.runs.add({
      entityRef,
      evidence: changed ? found : undefined,
      failures,
      evaluatedAt: now.toISOString(),
    });
    return changed;
  }

  /** Runs the providers; a provider that fails keeps its previous answers. */
  private async gather(
    entity: Entity,
    entityRef: string,
    checklist: Checklist,
    previous: StoredEvidence[],
  ) {
    const { providers, logger, getEntity } = this.options;
    const inChecklist = new Set(
      checklist.sections.flatMap(s => s.questions.map(q => q.id)),
    );
    const found: Omit<StoredEvidence, 'entityRef' | 'evaluatedAt'>[] = [];
    const failures: ProviderFailure[] = [];
    for (const provider of providers) {
      let answers: EvidenceAnswer[];
      try {
        answers = await provider.evaluate(entity, {
          logger: this.loggerOf(provider),
          getEntity,
        });
      } catch (error) {
        const failure = failureOf(provider, error);
        logger.warn(
          `Evidence provider ${provider.id} failed for ${entityRef}: ${failure.reason}`,
        );
        failures.push(failure);
        answers = previous.filter(e => e.providerId === provider.id);
      }
      for (const answer of answers) {
        const usable =
          provider.questionIds.includes(answer.questionId) &&
          inChecklist.has(answer.questionId) &&
          !found.some(f => f.questionId === answer.questionId) &&
          (answer.status !== 'na' || answer.note.trim());
        if (usable) {
          found.push({
            questionId: answer.questionId,
            providerId: provider.id,
            status: answer.status,
            note: answer.note,
            links: answer.links ?? [],
          });
        }
      }
    }
    return { found, failures };
  }

  private loggerOf(provider: ReadinessEvidenceProvider) {
    let logger = this.providerLoggers.get(provider.id);
    if (!logger) {
      logger = this.options.logger.child({ evidenceProvider: provider.id });
      this.providerLoggers.set(provider.id, logger);
    }
    return logger;
  }

  /** The title of a provider, for people. */
  titleOf(providerId: string) {
    return (
      this.options.providers.find(p => p.id === providerId)?.title ?? providerId
    );
  }
}
