import {
  assessmentStateOf,
  Checklist,
  questionTargets,
  ReadinessLevel,
  ReadinessResult,
  scoreReadiness,
  ScoredAnswer,
} from '@readiness/plugin-readiness-common';
import { createHash } from 'crypto';
import { ReadinessConfig } from '../config/readReadinessConfig';
import { StoredEvidence } from '../database/EvidenceStore';
import { ScoreFigures, StoredAnswer } from '../database/ReadinessStore';
import { automaticAnswersNotOverridden } from './mergeAnswers';

// Bumped when the stored figures gain a field, so the refresh task rescores every row once.
const FIGURES_VERSION = 3;

/** A fingerprint of what affects scores, so stored scores can be refreshed when it changes. */
export function checklistHash(
  checklist: Checklist,
  levels: ReadinessLevel[],
): string {
  const shape = {
    figures: FIGURES_VERSION,
    // A level's colour does not change a score.
    levels: levels.map(({ id, title, minScore }) => ({ id, title, minScore })),
    questions: checklist.sections.flatMap(s =>
      s.questions.map(q => [
        q.id,
        q.weight,
        q.requiredForLevel ?? null,
        questionTargets(s, q) ?? null,
      ]),
    ),
  };
  return createHash('sha256')
    .update(JSON.stringify(shape))
    .digest('hex')
    .slice(0, 32);
}

/**
 * The one place where people's answers and automatic answers become a score: a person's answer
 * wins over the automatic answer to the same question. Used for writes, clears, refreshes,
 * evidence runs and the reconcile alike.
 */
export class ScoreCalculator {
  readonly hashes: Record<string, string>;

  constructor(private readonly config: ReadinessConfig) {
    this.hashes = Object.fromEntries(
      config.checklists.map(c => [c.id, checklistHash(c, config.levels)]),
    );
  }

  score(
    checklist: Checklist,
    personAnswers: StoredAnswer[],
    evidence: StoredEvidence[],
    now: Date,
  ): ReadinessResult {
    const { levels, reviewIntervalDays } = this.config;
    const merged: ScoredAnswer[] = [
      ...personAnswers,
      ...automaticAnswersNotOverridden(personAnswers, evidence).map(e => ({
        questionId: e.questionId,
        status: e.status,
        reviewedAt: e.evaluatedAt,
      })),
    ];
    return scoreReadiness(checklist, merged, {
      levels,
      reviewIntervalDays,
      now,
    });
  }

  /**
   * The stored form of a score. `answered` counts people's answers and `automatic` the
   * questions only evidence answered; together they give the assessment state.
   */
  figures(
    checklist: Checklist,
    personAnswers: StoredAnswer[],
    evidence: StoredEvidence[],
    now: Date,
  ): { result: ReadinessResult; figures: ScoreFigures } {
    const result = this.score(checklist, personAnswers, evidence, now);
    const inChecklist = new Set(
      checklist.sections.flatMap(s => s.questions.map(q => q.id)),
    );
    const byPeople = new Set(
      personAnswers
        .filter(a => inChecklist.has(a.questionId))
        .map(a => a.questionId),
    );
    const automatic = new Set(
      automaticAnswersNotOverridden(
        personAnswers.filter(a => inChecklist.has(a.questionId)),
        evidence,
      )
        .filter(e => inChecklist.has(e.questionId))
        .map(e => e.questionId),
    ).size;
    const orphaned = new Set(
      [...personAnswers, ...evidence]
        .map(a => a.questionId)
        .filter(id => !inChecklist.has(id)),
    ).size;
    return {
      result,
      figures: {
        orphaned,
        checklistId: checklist.id,
        checklistHash: this.hashes[checklist.id],
        score: result.score,
        level: result.level?.id ?? null,
        levelRank: result.level
          ? this.config.levels.findIndex(l => l.id === result.level!.id)
          : -1,
        earned: result.earned,
        possible: result.possible,
        questions: result.questions,
        answered: byPeople.size,
        automatic,
        assessment: assessmentStateOf({
          answeredByPeople: byPeople.size,
          answeredAutomatically: automatic,
        }),
        stale: result.stale,
        notApplicable: result.notApplicable,
        nextStaleAt: result.nextStaleAt,
        sections: result.sections.map(section => ({
          sectionId: section.id,
          score: section.score,
          earned: section.earned,
          possible: section.possible,
        })),
      },
    };
  }
}
