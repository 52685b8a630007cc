import { AnswerStatus, Checklist } from '@readiness/plugin-readiness-common';

/** How far along a sample component is. */
export type SampleProfile = 'gold' | 'silver' | 'bronze' | 'capped' | 'started';

export interface SampleAnswer {
  questionId: string;
  status: AnswerStatus;
  note?: string;
  links?: string[];
  expectedVersion: number;
  reviewedAt?: string;
}

/** Sample reviews this many days old are past the demo's 180-day interval: "Needs review". */
const STALE_AGE_DAYS = 200;

/**
 * The other sample answers were reviewed over this many past days, so the trends have a past on
 * the first start (the backfill counts an imported answer from its review).
 */
const HISTORY_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Cumulative shares of yes / partial / no / na; the rest stays unanswered. */
const MIX: Record<SampleProfile, [number, number, number, number]> = {
  gold: [0.93, 0.97, 0.97, 1],
  silver: [0.72, 0.86, 0.94, 1],
  bronze: [0.45, 0.62, 0.8, 0.84],
  capped: [0.85, 0.95, 0.97, 1],
  started: [0.12, 0.22, 0.3, 0.3],
};

/** Levels whose required questions a profile answers Yes. */
const REQUIRED_MET: Record<SampleProfile, string[]> = {
  gold: ['bronze', 'silver', 'gold'],
  silver: ['bronze', 'silver'],
  bronze: ['bronze'],
  capped: ['silver', 'gold'],
  started: [],
};

/** A stable number in [0, 1) from a string, so the sample data is the same on every start. */
function unitHash(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) / 4294967296;
}

/**
 * What people do with an automatic answer: confirm it, override it, or leave it automatic, so the
 * demo shows each.
 */
function answerToEvidence(
  roll: number,
  automatic: AnswerStatus,
): SampleAnswer | 'leave' {
  if (roll < 0.4) {
    return {
      questionId: '',
      status: automatic,
      note: 'Checked by the team: the automatic answer is right.',
      expectedVersion: 0,
    };
  }
  if (roll < 0.7) {
    return {
      questionId: '',
      status: automatic === 'yes' ? 'partial' : 'yes',
      note:
        automatic === 'yes'
          ? 'Only the production deployment has this; staging does not yet.'
          : 'Handled outside the catalog: see the team handbook.',
      expectedVersion: 0,
    };
  }
  return 'leave';
}

/**
 * Deterministic sample answers for one component, matching its profile. Automatic answers
 * (`automatic`, by question id) are confirmed, overridden or left alone.
 */
export function sampleAnswers(
  name: string,
  profile: SampleProfile,
  checklist: Checklist,
  automatic: Map<string, AnswerStatus> = new Map(),
  now: Date = new Date(),
): SampleAnswer[] {
  const staleSince = new Date(
    now.getTime() - STALE_AGE_DAYS * DAY_MS,
  ).toISOString();
  // Between 1 and HISTORY_DAYS - 1 days ago, the same on every start.
  const reviewedOn = (questionId: string) =>
    new Date(
      now.getTime() -
        (1 +
          Math.floor(
            unitHash(`${name}/${questionId}/reviewed`) * (HISTORY_DAYS - 2),
          )) *
          DAY_MS,
    ).toISOString();
  const [yes, partial, no, na] = MIX[profile];
  const answers: SampleAnswer[] = [];
  for (const question of checklist.sections.flatMap(s => s.questions)) {
    const roll = unitHash(`${name}/${question.id}`);
    const evidence = automatic.get(question.id);
    if (evidence) {
      const answer = answerToEvidence(roll, evidence);
      if (answer !== 'leave') {
        answers.push({
          ...answer,
          questionId: question.id,
          reviewedAt: reviewedOn(question.id),
        });
      }
      continue;
    }
    let status: AnswerStatus | undefined;
    if (question.requiredForLevel) {
      status = REQUIRED_MET[profile].includes(question.requiredForLevel)
        ? 'yes'
        : (roll < 0.5 && 'partial') || 'no';
    } else if (roll < yes) status = 'yes';
    else if (roll < partial) status = 'partial';
    else if (roll < no) status = 'no';
    else if (roll < na) status = 'na';
    if (!status) continue;
    answers.push({
      questionId: question.id,
      status,
      expectedVersion: 0,
      reviewedAt: reviewedOn(question.id),
      ...(status === 'na'
        ? {
            note: 'Does not apply: this component keeps no state of its own.',
          }
        : {}),
      // A few answers of the middle profiles were last reviewed long ago.
      ...((profile === 'silver' || profile === 'bronze') &&
      status === 'yes' &&
      !question.requiredForLevel &&
      roll > 0.3 &&
      roll < 0.36
        ? { reviewedAt: staleSince }
        : {}),
      ...(status === 'yes' && roll < 0.3
        ? {
            note: 'Documented in the team handbook.',
            links: [`https://wiki.example.com/${name}/${question.id}`],
          }
        : {}),
    });
  }
  return answers;
}
