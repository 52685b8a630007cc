import { AnswerStatus } from '@readiness/plugin-readiness-common';

/** An automatic answer as stored. */
export type StoredEvidence = {
  entityRef: string;
  questionId: string;
  providerId: string;
  status: AnswerStatus;
  note: string;
  links: string[];
  evaluatedAt: string;
};

/** Persistence of automatic answers. */
export interface EvidenceStore {
  getEvidence(entityRef: string): Promise<StoredEvidence[]>;
  /** When the entity's evidence was last evaluated, if ever. */
  getLastRun(entityRef: string): Promise<string | undefined>;
  /** Replaces all of an entity's evidence and records the run, in one transaction. */
  replaceEvidence(
    entityRef: string,
    evidence: Omit<StoredEvidence, 'entityRef' | 'evaluatedAt'>[],
    evaluatedAt: string,
  ): Promise<void>;
}
