import {
  CampaignInput,
  Checklist,
  ReadinessLevel,
  ReviewFilters,
  campaignInputProblems,
} from '@readiness/plugin-readiness-common';

/** What the create form holds while someone fills it in. */
export type CampaignDraft = {
  title: string;
  description: string;
  targetKind: 'level' | 'questions';
  level: string;
  questionIds: string[];
  scope: ReviewFilters;
  startsOn: string;
  dueOn: string;
  reminderDays: string;
};

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);

/** An empty draft: starting today, due in 30 days, weekly reminders, the first level. */
export function emptyCampaignDraft(
  levels: ReadinessLevel[],
  today: string,
): CampaignDraft {
  return {
    title: '',
    description: '',
    targetKind: 'level',
    level: levels[0]?.id ?? '',
    questionIds: [],
    scope: {},
    startsOn: today,
    dueOn: addDays(today, 30),
    reminderDays: '7',
  };
}

/** The API's input for a draft. */
export function campaignInputOf(draft: CampaignDraft): CampaignInput {
  return {
    title: draft.title.trim(),
    ...(draft.description.trim()
      ? { description: draft.description.trim() }
      : {}),
    scope: Object.fromEntries(
      Object.entries(draft.scope).filter(([, values]) => values?.length),
    ),
    target:
      draft.targetKind === 'level'
        ? { level: draft.level }
        : { questionIds: draft.questionIds },
    startsOn: draft.startsOn,
    dueOn: draft.dueOn,
    reminderDays: Number(draft.reminderDays),
  };
}

/** The same problems the backend would report, so the form says them before sending. */
export function campaignDraftProblems(
  draft: CampaignDraft,
  levels: ReadinessLevel[],
  checklists: Checklist[],
): string[] {
  return campaignInputProblems(campaignInputOf(draft), {
    levelIds: levels.map(l => l.id),
    questionIds: new Set(
      checklists.flatMap(c =>
        c.sections.flatMap(s => s.questions.map(q => q.id)),
      ),
    ),
    today: new Date(),
  });
}
