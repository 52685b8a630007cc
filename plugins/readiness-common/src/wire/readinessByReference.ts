import { checklistWithQuestions } from '../checklist/applicableChecklist';
import type {
  AnswerEvidence,
  Checklist,
  CompactAnswer,
  CompactEvidence,
  EntityReadiness,
  EntityReadinessByReference,
  ReadinessAccess,
  ReadinessAnswer,
} from '../types';
import type { ReadinessResult } from '../scoring/scoreReadiness';

/** Who an automatic answer is by: its provider. */
const providerActor = (providerId: string) => `evidence:${providerId}`;

/** Whether the answer is exactly what its evidence says, so its evidence alone rebuilds it. */
function isPlainAutomatic(answer: ReadinessAnswer): boolean {
  const { evidence } = answer;
  if (answer.version !== 0 || !evidence) {
    return false;
  }
  const known = new Set([
    'entityRef',
    'questionId',
    'status',
    'note',
    'links',
    'version',
    'answeredBy',
    'answeredAt',
    'reviewedAt',
    'stale',
    'source',
    'evidence',
  ]);
  return (
    Object.keys(answer).every(key => known.has(key)) &&
    answer.status === evidence.status &&
    answer.note === evidence.note &&
    answer.links.join('\n') === evidence.links.join('\n') &&
    answer.answeredBy === providerActor(evidence.providerId) &&
    answer.answeredAt === evidence.evaluatedAt &&
    answer.reviewedAt === evidence.evaluatedAt &&
    answer.source === 'evidence'
  );
}

function compactEvidence(evidence: AnswerEvidence): CompactEvidence {
  const { providerTitle: _title, links, ...rest } = evidence;
  return { ...rest, ...(links.length ? { links } : {}) };
}

/** Who gave most of the people's answers, when several are theirs: their answers omit it. */
function mostFrequentActor(answers: ReadinessAnswer[]): string | undefined {
  const counts = new Map<string, number>();
  for (const answer of answers) {
    if (!isPlainAutomatic(answer)) {
      counts.set(answer.answeredBy, (counts.get(answer.answeredBy) ?? 0) + 1);
    }
  }
  let most: [string, number] | undefined;
  for (const entry of counts) {
    if (!most || entry[1] > most[1]) most = entry;
  }
  return most && most[1] > 1 ? most[0] : undefined;
}

function compactAnswer(
  answer: ReadinessAnswer,
  commonActor: string | undefined,
): CompactAnswer {
  const stale = answer.stale ? { stale: true as const } : {};
  const evidence = answer.evidence
    ? { evidence: compactEvidence(answer.evidence) }
    : {};
  if (isPlainAutomatic(answer)) {
    return { questionId: answer.questionId, ...stale, ...evidence };
  }
  const {
    entityRef: _entity,
    source: _source,
    stale: _stale,
    evidence: _evidence,
    links,
    reviewedAt,
    answeredBy,
    ...rest
  } = answer;
  return {
    ...rest,
    ...(answeredBy !== commonActor ? { answeredBy } : {}),
    ...(links.length ? { links } : {}),
    ...(reviewedAt !== answer.answeredAt ? { reviewedAt } : {}),
    ...stale,
    ...evidence,
  };
}

function fullEvidence(
  evidence: CompactEvidence,
  providerTitles: Record<string, string>,
): AnswerEvidence {
  const { links, ...rest } = evidence;
  return {
    ...rest,
    providerTitle: providerTitles[evidence.providerId] ?? evidence.providerId,
    links: links ?? [],
  };
}

function fullAnswer(
  entityRef: string,
  answer: CompactAnswer,
  body: Pick<EntityReadinessByReference, 'providerTitles' | 'answeredBy'>,
): ReadinessAnswer {
  const { providerTitles } = body;
  const { stale, evidence: compact, links, reviewedAt, ...rest } = answer;
  const evidence = compact && fullEvidence(compact, providerTitles);
  if (answer.version === undefined && evidence) {
    return {
      entityRef,
      questionId: answer.questionId,
      status: evidence.status,
      note: evidence.note,
      links: evidence.links,
      version: 0,
      answeredBy: providerActor(evidence.providerId),
      answeredAt: evidence.evaluatedAt,
      reviewedAt: evidence.evaluatedAt,
      stale: stale ?? false,
      source: 'evidence',
      evidence,
    };
  }
  const version = answer.version ?? 0;
  return {
    entityRef,
    ...rest,
    status: answer.status ?? 'no',
    version,
    answeredBy: answer.answeredBy ?? body.answeredBy ?? '',
    answeredAt: answer.answeredAt ?? '',
    links: links ?? [],
    reviewedAt: reviewedAt ?? answer.answeredAt ?? '',
    stale: stale ?? false,
    source: version > 0 ? 'person' : 'evidence',
    ...(evidence ? { evidence } : {}),
  };
}

/**
 * An entity's readiness in its compact form (`checklist=reference`): the checklist named, and
 * each answer without what the response already says (the person who gave most answers is
 * named once, in `answeredBy`). `asksEveryQuestion` leaves the question
 * ids out when the entity is asked its whole checklist; `withAccess: false` leaves out the
 * caller's access (`access=omit`).
 *
 * @public
 */
export function readinessByReference(
  readiness: EntityReadiness & {
    checklistRef: NonNullable<EntityReadiness['checklistRef']>;
    result: ReadinessResult;
  },
  options: { asksEveryQuestion: boolean; withAccess: boolean },
): EntityReadinessByReference {
  const {
    checklist: _copy,
    checklistRef,
    answers,
    orphanedAnswers,
    access,
    ...rest
  } = readiness;
  const commonActor = mostFrequentActor([...answers, ...orphanedAnswers]);
  const compact = (answer: ReadinessAnswer) =>
    compactAnswer(answer, commonActor);
  const providerTitles: Record<string, string> = {};
  for (const answer of [...answers, ...orphanedAnswers]) {
    if (answer.evidence) {
      providerTitles[answer.evidence.providerId] =
        answer.evidence.providerTitle;
    }
  }
  return {
    ...rest,
    checklistRef: options.asksEveryQuestion
      ? { id: checklistRef.id, version: checklistRef.version }
      : checklistRef,
    answers: answers.map(compact),
    orphanedAnswers: orphanedAnswers.map(compact),
    providerTitles,
    ...(commonActor ? { answeredBy: commonActor } : {}),
    ...(options.withAccess ? { access } : {}),
  };
}

/**
 * The {@link EntityReadiness} a compact response stands for, given the checklist it names
 * (the whole checklist at its version) and, when the response left it out, the caller's
 * access from an earlier read.
 *
 * @public
 */
export function readinessFromReference(
  body: EntityReadinessByReference,
  checklist: Checklist,
  heldAccess?: ReadinessAccess,
): EntityReadiness {
  const {
    providerTitles: _titles,
    answeredBy: _actor,
    answers,
    orphanedAnswers,
    access,
    ...rest
  } = body;
  const questionIds =
    body.checklistRef.questionIds ??
    checklist.sections.flatMap(s => s.questions.map(q => q.id));
  const resolvedAccess = access ?? heldAccess;
  if (!resolvedAccess) {
    throw new Error(
      `The readiness of ${body.entityRef} came without access, and none is held`,
    );
  }
  return {
    ...rest,
    checklistRef: { ...body.checklistRef, questionIds },
    checklist: checklistWithQuestions(checklist, questionIds),
    answers: answers.map(a => fullAnswer(body.entityRef, a, body)),
    orphanedAnswers: orphanedAnswers.map(a =>
      fullAnswer(body.entityRef, a, body),
    ),
    access: resolvedAccess,
  };
}
