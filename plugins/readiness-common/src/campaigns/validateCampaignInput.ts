import { API_LIMITS } from '../generated/apiConstants';
import { parseDay } from '../input/strictDates';
import { hasVisibleText, textProblem } from '../input/textRules';
import { REVIEW_FILTER_FACTS } from '../review/reviewFilterParams';
import { CampaignInput } from './campaignTypes';

/**
 * Limits of a campaign's fields, shared by the API, config and the create form: the spec's
 * (`API_LIMITS`), and how far its days may lie from today.
 *
 * @public
 */
export const CAMPAIGN_LIMITS = {
  ...API_LIMITS.campaign,
  /** How far from today a campaign may start or be due. */
  yearsFromToday: 10,
} as const;

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

/** A campaign day's problem: not a day that exists, or too far from today. */
function dayProblem(
  name: string,
  value: unknown,
  today: Date,
): string | undefined {
  const day = parseDay(value);
  if (day === undefined) {
    return `${name} must be a date that exists, written YYYY-MM-DD; got ${JSON.stringify(
      value,
    )}`;
  }
  if (
    Math.abs(day - today.getTime()) >
    CAMPAIGN_LIMITS.yearsFromToday * YEAR_MS
  ) {
    return `${name} ${value} is more than ${CAMPAIGN_LIMITS.yearsFromToday} years from today`;
  }
  return undefined;
}

/**
 * What is wrong with a campaign, one sentence per problem (empty when nothing is). `levelIds`
 * and `questionIds` are the configured levels and every checklist's questions, so a target can
 * only name ones that exist; its days must exist and lie within ten years of `today`.
 *
 * @public
 */
export function campaignInputProblems(
  input: CampaignInput,
  known: { levelIds: string[]; questionIds: Set<string>; today: Date },
): string[] {
  const problems: string[] = [];
  const text = (name: string, value: unknown, max: number, need: boolean) => {
    if (value === undefined && !need) return;
    if (typeof value !== 'string' || (need && !hasVisibleText(value))) {
      problems.push(`${name} must be a non-empty text`);
      return;
    }
    const problem = textProblem(value, { multiline: name === 'description' });
    if (problem) problems.push(`${name} ${problem}`);
    if (value.length > max) {
      problems.push(`${name} must be at most ${max} characters`);
    }
  };
  text('title', input.title, CAMPAIGN_LIMITS.titleLength, true);
  text(
    'description',
    input.description,
    CAMPAIGN_LIMITS.descriptionLength,
    false,
  );

  for (const [filter, fact] of Object.entries(REVIEW_FILTER_FACTS)) {
    const values = (input.scope as Record<string, unknown> | undefined)?.[
      filter
    ];
    if (values === undefined) continue;
    if (
      !Array.isArray(values) ||
      values.length > CAMPAIGN_LIMITS.scopeValues ||
      values.some(v => typeof v !== 'string' || !v || textProblem(v))
    ) {
      problems.push(
        `scope.${filter} must be a list of at most ${CAMPAIGN_LIMITS.scopeValues} ${fact} values`,
      );
    }
  }

  const target = input.target as Record<string, unknown> | undefined;
  const hasLevel = target?.level !== undefined;
  const hasQuestions = target?.questionIds !== undefined;
  if (hasLevel === hasQuestions) {
    problems.push('target must name either a level or a list of questionIds');
  } else if (hasLevel && !known.levelIds.includes(target!.level as string)) {
    problems.push(
      `target.level '${
        target!.level
      }' is not a level; levels are ${known.levelIds.join(', ')}`,
    );
  } else if (hasQuestions) {
    const ids = target!.questionIds;
    if (
      !Array.isArray(ids) ||
      ids.length === 0 ||
      ids.length > CAMPAIGN_LIMITS.questions
    ) {
      problems.push(
        `target.questionIds must list 1 to ${CAMPAIGN_LIMITS.questions} questions`,
      );
    } else {
      const unknown = ids.filter(id => !known.questionIds.has(id as string));
      if (unknown.length) {
        problems.push(
          `target.questionIds has questions no checklist asks: ${unknown.join(
            ', ',
          )}`,
        );
      }
      if (new Set(ids).size !== ids.length) {
        problems.push('target.questionIds lists a question twice');
      }
    }
  }

  const startProblem = dayProblem('startsOn', input.startsOn, known.today);
  const dueProblem = dayProblem('dueOn', input.dueOn, known.today);
  problems.push(...[startProblem, dueProblem].filter((p): p is string => !!p));
  if (!startProblem && !dueProblem && input.dueOn < input.startsOn) {
    problems.push('dueOn must not be before startsOn');
  }
  if (
    !Number.isInteger(input.reminderDays) ||
    input.reminderDays < 0 ||
    input.reminderDays > CAMPAIGN_LIMITS.reminderDays
  ) {
    problems.push(
      `reminderDays must be a whole number from 0 to ${CAMPAIGN_LIMITS.reminderDays}`,
    );
  }
  return problems;
}
