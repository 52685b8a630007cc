import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { AnswerStatus } from '@readiness/plugin-readiness-common';

/**
 * An automatic answer to one checklist question. N/A needs a `note` saying why, as for people.
 *
 * @public
 */
export type EvidenceAnswer = {
  questionId: string;
  status: AnswerStatus;
  /** What the evidence is, in a sentence people can check. */
  note: string;
  /** Where to see the evidence (the repository, the API, the dashboard). */
  links?: string[];
};

/**
 * What an evidence provider may use while evaluating an entity.
 *
 * @public
 */
export type EvidenceContext = {
  logger: LoggerService;
  /** Reads another catalog entity (for example the owning group), as the Readiness plugin. */
  getEntity(entityRef: string): Promise<Entity | undefined>;
};

/**
 * Answers checklist questions from facts a machine can check. Providers are evaluated on a
 * schedule, before a write when the last evaluation is too old, and on request
 * (`POST .../evidence/refresh`); reading an entity never evaluates them. A
 * person's answer always wins over an automatic one, until the person clears it.
 *
 * @public
 */
export interface ReadinessEvidenceProvider {
  /** Stable id, stored with each automatic answer. */
  readonly id: string;
  /** Shown to people as the source of the answer, for example "Catalog metadata". */
  readonly title: string;
  /** The question ids the provider can answer; answers to other questions are ignored. */
  readonly questionIds: readonly string[];
  /**
   * Evaluates one entity. Return an answer for each question the provider has evidence for,
   * and nothing for questions it cannot judge.
   */
  evaluate(entity: Entity, context: EvidenceContext): Promise<EvidenceAnswer[]>;
}

/**
 * Thrown by a provider that could not gather its evidence this time (a repository that cannot
 * be read, a rate limit, a time-out). The provider's earlier answers are kept, not replaced,
 * and the entity shows "Could not <attempted> since <time>: <reason>" until a run succeeds.
 * Any other error is treated the same way, with the error's message as the reason.
 *
 * @public
 */
export class EvidenceUnavailableError extends Error {
  /** Identifies the error across copies of this package. */
  readonly name = 'EvidenceUnavailableError';

  constructor(
    /** What the provider tried, as a verb phrase: "read the repository". */
    readonly attempted: string,
    /** Why it failed, for people: "404 Not Found", "rate limited until 10:42". */
    readonly reason: string,
  ) {
    super(`Could not ${attempted}: ${reason}`);
  }
}
