import { hasVisibleText, textProblem } from '../input/textRules';
import { REVIEW_FILTER_FACTS } from '../review/reviewFilterParams';
import { CampaignInput } from './campaignTypes';

/**
 * Limits of a campaign's fields, shared by the API, config and the create form.
 *
 * @public
 */
export const CAMPAIGN_LIMITS = {
  titleLength: 200,
  descriptionLength: 2000,
  scopeValues: 100,
  questions: 50,
  reminderDays: 365,
} as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isDay = (value: unknown): value is string =>
  typeof value === 'string' &&
  DAY.test(value) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/**
 * What is wrong with a campaign, one sentence per problem (empty when nothing is). `levelIds`
 * and `questionIds` are the configured levels and every checklist's questions, so a target can
 * only name ones that exist.
 *
 * @public
 */
export function campaignInputProblems(
  input: CampaignInput,
  known: { levelIds: string[]; questionIds: Set<string> },
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

  if (!isDay(input.startsOn)) {
    problems.push('startsOn must be a date written YYYY-MM-DD');
  }
  if (!isDay(input.dueOn)) {
    problems.push('dueOn must be a date written YYYY-MM-DD');
  } else if (isDay(input.startsOn) && input.dueOn < input.startsOn) {
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
