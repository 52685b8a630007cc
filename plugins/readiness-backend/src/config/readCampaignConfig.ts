import { Config } from '@backstage/config';
import {
  Campaign,
  CampaignInput,
  Checklist,
  REVIEW_FILTER_FACTS,
  ReadinessLevel,
  campaignInputProblems,
} from '@readiness/plugin-readiness-common';

/** The campaign settings after parsing and validation. */
export type CampaignConfig = {
  /** Campaigns defined in app-config; read-only through the API. */
  configured: Campaign[];
  /** Minutes between runs of the task that sends start, reminder and overdue notices. */
  noticeFrequencyMinutes: number;
};

/** The facts every level and checklist gives, that campaign targets may name. */
export const campaignVocabulary = (
  levels: ReadinessLevel[],
  checklists: Checklist[],
) => ({
  levelIds: levels.map(l => l.id),
  questionIds: new Set(
    checklists.flatMap(c =>
      c.sections.flatMap(s => s.questions.map(q => q.id)),
    ),
  ),
});

/** One campaign's input from a config object shaped like the API's body. */
export function campaignInputFromConfig(entry: Config): CampaignInput {
  const scope = entry.getOptionalConfig('scope');
  const target = entry.getOptionalConfig('target');
  return {
    title: entry.getOptionalString('title') ?? '',
    ...(entry.has('description')
      ? { description: entry.getString('description') }
      : {}),
    scope: Object.fromEntries(
      Object.keys(REVIEW_FILTER_FACTS)
        .filter(filter => scope?.has(filter))
        .map(filter => [filter, scope!.getStringArray(filter)]),
    ),
    target: target?.has('level')
      ? { level: target.getString('level') }
      : { questionIds: target?.getOptionalStringArray('questionIds') ?? [] },
    startsOn: entry.getOptionalString('startsOn') ?? '',
    dueOn: entry.getOptionalString('dueOn') ?? '',
    reminderDays: entry.getOptionalNumber('reminderDays') ?? 7,
  };
}

/**
 * Reads `readiness.campaigns`. Problems are added to `problems` naming the offending key, so
 * the backend refuses to start with an invalid campaign.
 */
export function readCampaignConfig(
  config: Config | undefined,
  known: ReturnType<typeof campaignVocabulary>,
  problems: string[],
): CampaignConfig {
  const ids = new Set<string>();
  const configured = (
    config?.getOptionalConfigArray('campaigns.items') ?? []
  ).map((entry, i): Campaign => {
    const path = `readiness.campaigns.items[${i}]`;
    const id = entry.getString('id');
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(id)) {
      problems.push(
        `${path}.id '${id}' must be 1 to 63 lower-case letters, digits and dashes`,
      );
    }
    if (ids.has(id)) {
      problems.push(`${path}.id '${id}' is used by another campaign`);
    }
    ids.add(id);
    const input = campaignInputFromConfig(entry);
    problems.push(
      ...campaignInputProblems(input, { ...known, today: new Date() }).map(
        p => `${path}: ${p}`,
      ),
    );
    return { ...input, id, source: 'config', version: 1 };
  });
  return {
    configured,
    noticeFrequencyMinutes:
      config?.getOptionalNumber('campaigns.noticeFrequencyMinutes') ?? 60,
  };
}
