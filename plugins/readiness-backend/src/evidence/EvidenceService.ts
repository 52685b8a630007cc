import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Checklist } from '@readiness/plugin-readiness-common';
import {
  EvidenceContext,
  ReadinessEvidenceProvider,
} from '@readiness/plugin-readiness-node';
import { EvidenceStore, StoredEvidence } from '../database/EvidenceStore';

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
 * that the provider did not declare, are dropped. A failing provider is logged and skipped.
 */
export class EvidenceService {
  constructor(
    private readonly options: {
      providers: ReadinessEvidenceProvider[];
      store: EvidenceStore;
      logger: LoggerService;
      getEntity: EvidenceContext['getEntity'];
      maxAgeMs: number;
    },
  ) {}

  get hasProviders() {
    return this.options.providers.length > 0;
  }

  getEvidence(entityRef: string) {
    return this.options.store.getEvidence(entityRef);
  }

  /** Whether the entity's evidence is older than the configured age (or was never evaluated). */
  async isDue(entityRef: string, now: Date): Promise<boolean> {
    const last = await this.options.store.getLastRun(entityRef);
    return !last || Date.parse(last) + this.options.maxAgeMs <= now.getTime();
  }

  /** Evaluates the entity; returns whether its automatic answers changed. */
  async evaluate(
    entity: Entity,
    checklist: Checklist,
    now: Date,
  ): Promise<boolean> {
    const { providers, store, logger, getEntity } = this.options;
    const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
    const inChecklist = new Set(
      checklist.sections.flatMap(s => s.questions.map(q => q.id)),
    );
    const found: Omit<StoredEvidence, 'entityRef' | 'evaluatedAt'>[] = [];
    for (const provider of providers) {
      let answers;
      try {
        answers = await provider.evaluate(entity, {
          logger: logger.child({ evidenceProvider: provider.id }),
          getEntity,
        });
      } catch (error) {
        logger.warn(
          `Evidence provider ${provider.id} failed for ${entityRef}: ${error}`,
        );
        continue;
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
    const previous = await store.getEvidence(entityRef);
    await store.replaceEvidence(entityRef, found, now.toISOString());
    return !sameEvidence(found, previous);
  }

  /** The title of a provider, for people. */
  titleOf(providerId: string) {
    return (
      this.options.providers.find(p => p.id === providerId)?.title ?? providerId
    );
  }
}
