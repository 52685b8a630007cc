import { createHash } from 'node:crypto';
import {
  answerStaleAt,
  Checklist,
  ReadinessAccess,
} from '@readiness/plugin-readiness-common';
import { EvidenceProblem, StoredEvidence } from '../database/EvidenceStore';
import { StoredAnswer } from '../database/ReadinessStore';

/** Everything one entity's readiness is built from. */
export type ReadinessInputs = {
  checklist: Checklist | undefined;
  personAnswers: StoredAnswer[];
  automatic: StoredEvidence[];
  problems: EvidenceProblem[];
  now: Date;
};

/**
 * A version of one entity's readiness as a caller sees it: a hash of what the response is
 * built from (the configuration, the checklist as asked of the entity, the stored rows and
 * the caller's access), so an unchanged version needs no response built. Time enters the
 * response only through staleness (a review interval passing, an exemption expiring), so
 * which of the rows' stale times have passed is part of the version too.
 */
export function readinessVersion(options: {
  configVersion: string;
  /** With the checklist or by reference: two forms, two versions. */
  form?: 'full' | 'reference';
  /** The entity's kind and type: without a checklist, the response says why by them. */
  subject: [string, unknown];
  inputs: ReadinessInputs;
  /** The caller's access; absent when the response leaves it out (`access=omit`). */
  access?: ReadinessAccess;
  reviewIntervalDays: number;
}): string {
  const { inputs, reviewIntervalDays } = options;
  const now = inputs.now.getTime();
  const staleAt = [
    ...inputs.personAnswers.flatMap(answer => [
      answerStaleAt(answer, reviewIntervalDays),
      ...(answer.beforeRequest
        ? [
            answerStaleAt(
              { reviewedAt: answer.beforeRequest.reviewedAt },
              reviewIntervalDays,
            ),
          ]
        : []),
    ]),
    ...inputs.automatic.map(evidence =>
      answerStaleAt({ reviewedAt: evidence.evaluatedAt }, reviewIntervalDays),
    ),
  ];
  const passed = staleAt.map(at => (Number.isNaN(at) || at <= now ? 1 : 0));
  const hash = createHash('sha256')
    .update(
      JSON.stringify([
        options.configVersion,
        options.form ?? 'full',
        options.subject,
        inputs.checklist?.id ?? null,
        inputs.checklist?.sections.map(s => s.questions.map(q => q.id)) ?? null,
        inputs.personAnswers,
        inputs.automatic,
        inputs.problems,
        passed,
        options.access ?? null,
      ]),
    )
    .digest('base64url');
  return `"${hash.slice(0, 27)}"`;
}

/** A version of the configuration every response carries (checklists, levels, interval). */
export function configVersionOf(config: object): string {
  return createHash('sha256')
    .update(JSON.stringify(config))
    .digest('base64url')
    .slice(0, 16);
}
