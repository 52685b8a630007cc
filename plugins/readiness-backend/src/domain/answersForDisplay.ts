import {
  AnswerEvidence,
  isAnswerStale,
  isStale,
  ReadinessAnswer,
} from '@readiness/plugin-readiness-common';
import { StoredEvidence } from '../database/EvidenceStore';
import { StoredAnswer } from '../database/ReadinessStore';
import { automaticAnswersNotOverridden } from './mergeAnswers';

/** A stored answer as the API returns it, with its staleness judged now. */
export function toApiAnswer(
  answer: StoredAnswer,
  reviewIntervalDays: number,
  now: Date,
): ReadinessAnswer {
  return {
    ...answer,
    stale: isAnswerStale(answer, reviewIntervalDays, now),
  };
}

/**
 * The answers an entity shows: people's answers (with the evidence they override beside them),
 * then the automatic answers to questions no person answered, which carry version 0.
 */
export function answersForDisplay(options: {
  entityRef: string;
  personAnswers: StoredAnswer[];
  evidence: StoredEvidence[];
  providerTitle: (providerId: string) => string;
  reviewIntervalDays: number;
  now: Date;
}): ReadinessAnswer[] {
  const { entityRef, personAnswers, evidence, reviewIntervalDays, now } =
    options;
  const apiEvidence = (e: StoredEvidence): AnswerEvidence => ({
    providerId: e.providerId,
    providerTitle: options.providerTitle(e.providerId),
    status: e.status,
    note: e.note,
    links: e.links,
    evaluatedAt: e.evaluatedAt,
  });
  const evidenceFor = new Map(evidence.map(e => [e.questionId, e]));
  const people = personAnswers.map(a => {
    const overridden = evidenceFor.get(a.questionId);
    return {
      ...toApiAnswer(a, reviewIntervalDays, now),
      source: 'person' as const,
      ...(overridden ? { evidence: apiEvidence(overridden) } : {}),
    };
  });
  const automatic = automaticAnswersNotOverridden(personAnswers, evidence).map(
    (e): ReadinessAnswer => ({
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
      evidence: apiEvidence(e),
    }),
  );
  return [...people, ...automatic];
}
