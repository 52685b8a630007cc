import type { components } from '../generated/openapi';
import {
  AnswerStatus,
  Checklist,
  ReadinessLevel,
  ScoredAnswer,
} from '../types';
import { answerScoredAs } from './pendingExemption';

/**
 * What scoring needs besides the checklist and the answers.
 *
 * @public
 */
export interface ScoringOptions {
  /** Levels ordered by increasing `minScore`. */
  levels: ReadinessLevel[];
  /** Answers last reviewed this many days ago or earlier are stale. */
  reviewIntervalDays: number;
  /** The time to score at; passed in so scoring stays deterministic. */
  now: Date;
}

/**
 * An entity's or a section's score and the counts behind it (generated from the API's
 * `Totals` schema).
 *
 * @public
 */
export type ScoreTotals = components['schemas']['Totals'];

/**
 * The full result of scoring one entity against its checklist (generated from the API's
 * `Result` schema).
 *
 * @public
 */
export type ReadinessResult = components['schemas']['Result'];

/**
 * The result for one section.
 *
 * @public
 */
export type SectionResult = ReadinessResult['sections'][number];

/**
 * What stands between an entity and the next level.
 *
 * @public
 */
export type NextLevelGap = NonNullable<ReadinessResult['nextLevel']>;

const CREDIT: Record<Exclude<AnswerStatus, 'na'>, number> = {
  yes: 1,
  partial: 0.5,
  no: 0,
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether an N/A removes its question from the achievable total: unless it needs approval and
 * is not approved (a pending one scores as the answer it replaced, a rejected one like No).
 *
 * @public
 */
export function countsAsExemption(answer: Pick<ScoredAnswer, 'approval'>) {
  return answer.approval === undefined || answer.approval === 'approved';
}

const toPercent = (earned: number, possible: number) =>
  possible > 0 ? Math.round((earned / possible) * 1000) / 10 : null;

const emptyTotals = (): Omit<ScoreTotals, 'score'> => ({
  earned: 0,
  possible: 0,
  questions: 0,
  answered: 0,
  stale: 0,
  notApplicable: 0,
});

/**
 * Whether an answer reviewed at `reviewedAt` is stale at `now`. Unparseable times are stale.
 *
 * @public
 */
export function isStale(
  reviewedAt: string,
  reviewIntervalDays: number,
  now: Date,
): boolean {
  const reviewed = Date.parse(reviewedAt);
  if (Number.isNaN(reviewed)) {
    return true;
  }
  return reviewed + reviewIntervalDays * DAY_MS <= now.getTime();
}

/**
 * When an answer goes stale: the review interval after it was last reviewed, or when its
 * exemption expires, whichever is first (ms since the epoch; NaN when unparseable).
 *
 * @public
 */
export function answerStaleAt(
  answer: Pick<ScoredAnswer, 'reviewedAt' | 'expiresAt'>,
  reviewIntervalDays: number,
): number {
  const byReview = Date.parse(answer.reviewedAt) + reviewIntervalDays * DAY_MS;
  return answer.expiresAt === undefined
    ? byReview
    : Math.min(byReview, Date.parse(answer.expiresAt));
}

/**
 * Whether an answer is stale at `now`: past the review interval, or past the expiry of its
 * exemption. Unparseable times are stale.
 *
 * @public
 */
export function isAnswerStale(
  answer: Pick<ScoredAnswer, 'reviewedAt' | 'expiresAt'>,
  reviewIntervalDays: number,
  now: Date,
): boolean {
  const staleAt = answerStaleAt(answer, reviewIntervalDays);
  return Number.isNaN(staleAt) || staleAt <= now.getTime();
}

/**
 * Scores answers against a checklist.
 *
 * Yes earns a question's full weight, Partial half, No and unanswered nothing. N/A removes the
 * question from the achievable total, except an exemption that needs approval: while it waits,
 * the question scores as the answer the request replaced (unanswered when there was none), and
 * a rejected one earns nothing. A stale answer (reviewed `reviewIntervalDays` or more ago)
 * counts as unanswered, whatever its status, until it is confirmed; so does an N/A whose exemption
 * has expired. The level is the highest one
 * whose threshold the score meets, capped below any level whose required questions are not a
 * fresh Yes.
 *
 * @public
 */
export function scoreReadiness(
  checklist: Checklist,
  answers: ScoredAnswer[],
  options: ScoringOptions,
): ReadinessResult {
  const { levels, reviewIntervalDays, now } = options;
  const byQuestion = new Map(answers.map(a => [a.questionId, a]));
  const levelIndex = new Map(levels.map((l, i) => [l.id, i]));
  const totals = emptyTotals();
  const failedRequired: { questionId: string; levelIndex: number }[] = [];
  const knownQuestions = new Set<string>();
  let nextStaleMs = Infinity;

  const sections = checklist.sections.map(section => {
    const sectionTotals = emptyTotals();
    for (const question of section.questions) {
      knownQuestions.add(question.id);
      sectionTotals.questions += 1;
      const given = byQuestion.get(question.id);
      if (given) {
        sectionTotals.answered += 1;
      }
      if (given && isAnswerStale(given, reviewIntervalDays, now)) {
        sectionTotals.stale += 1;
      }
      const answer = given && answerScoredAs(given);
      const stale =
        answer !== undefined && isAnswerStale(answer, reviewIntervalDays, now);
      // The score changes when either the answer or what it scores as goes stale.
      for (const a of [given, answer]) {
        if (a && !isAnswerStale(a, reviewIntervalDays, now)) {
          nextStaleMs = Math.min(
            nextStaleMs,
            answerStaleAt(a, reviewIntervalDays),
          );
        }
      }
      const status = answer && !stale ? answer.status : undefined;
      if (status === 'na' && countsAsExemption(answer!)) {
        sectionTotals.notApplicable += 1;
      } else {
        sectionTotals.possible += question.weight;
        sectionTotals.earned +=
          status && status !== 'na' ? question.weight * CREDIT[status] : 0;
      }
      const required =
        question.requiredForLevel !== undefined
          ? levelIndex.get(question.requiredForLevel)
          : undefined;
      if (required !== undefined && status !== 'yes') {
        failedRequired.push({ questionId: question.id, levelIndex: required });
      }
    }
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) {
      totals[key] += sectionTotals[key];
    }
    return {
      id: section.id,
      title: section.title,
      score: toPercent(sectionTotals.earned, sectionTotals.possible),
      ...sectionTotals,
    };
  });

  const score = toPercent(totals.earned, totals.possible);
  let byScore = -1;
  if (score !== null) {
    levels.forEach((level, i) => {
      if (score >= level.minScore) {
        byScore = i;
      }
    });
  }
  const cap = Math.min(levels.length, ...failedRequired.map(f => f.levelIndex));
  const reached = Math.min(byScore, cap - 1);
  const next = reached + 1 < levels.length ? levels[reached + 1] : undefined;

  return {
    score,
    ...totals,
    level: reached >= 0 ? levels[reached] : null,
    cappedBy: failedRequired
      .filter(f => f.levelIndex <= byScore)
      .map(f => f.questionId),
    nextLevel: next
      ? {
          level: next,
          pointsNeeded: Math.max(
            0,
            Math.round((next.minScore - (score ?? 0)) * 10) / 10,
          ),
          missingRequired: failedRequired
            .filter(f => f.levelIndex <= reached + 1)
            .map(f => f.questionId),
        }
      : null,
    sections,
    orphanedQuestionIds: answers
      .map(a => a.questionId)
      .filter(id => !knownQuestions.has(id)),
    nextStaleAt: Number.isFinite(nextStaleMs)
      ? new Date(nextStaleMs).toISOString()
      : null,
  };
}
