import {
  CampaignEntityState,
  CampaignPhase,
  CampaignTarget,
} from './campaignTypes';

/**
 * How each entity state of a campaign reads on every surface.
 *
 * @public
 */
export const CAMPAIGN_ENTITY_STATE_TITLES: Record<CampaignEntityState, string> =
  {
    done: 'Done',
    open: 'Open',
    overdue: 'Overdue',
  };

/**
 * The one colour of each entity state on chips, bars and charts (each at least 4.5:1 on white).
 *
 * @public
 */
export const CAMPAIGN_ENTITY_STATE_COLORS: Record<CampaignEntityState, string> =
  {
    done: '#2e7d32',
    open: '#1565c0',
    overdue: '#c62828',
  };

/**
 * How each phase of a campaign reads.
 *
 * @public
 */
export const CAMPAIGN_PHASE_TITLES: Record<CampaignPhase, string> = {
  scheduled: 'Not started',
  running: 'Running',
  overdue: 'Past due',
};

/**
 * Today's day (YYYY-MM-DD, UTC), as campaign dates are written.
 *
 * @public
 */
export function campaignDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Where a campaign stands on `today` (YYYY-MM-DD): not started before its start day, running up
 * to and including its due day, past due after it.
 *
 * @public
 */
export function campaignPhaseOn(
  campaign: { startsOn: string; dueOn: string },
  today: string,
): CampaignPhase {
  if (today < campaign.startsOn) {
    return 'scheduled';
  }
  return today > campaign.dueOn ? 'overdue' : 'running';
}

/**
 * The state of an entity that meets the target or not, on `today`.
 *
 * @public
 */
export function campaignEntityStateOn(
  met: boolean,
  campaign: { dueOn: string },
  today: string,
): CampaignEntityState {
  if (met) {
    return 'done';
  }
  return today > campaign.dueOn ? 'overdue' : 'open';
}

/**
 * What a target asks for, in words: "Reach Silver" or "Answer Yes to 3 questions".
 *
 * @public
 */
export function describeCampaignTarget(
  target: CampaignTarget,
  levelTitle: (id: string) => string,
): string {
  if ('level' in target) {
    return `Reach ${levelTitle(target.level)}`;
  }
  const n = target.questionIds.length;
  return `Answer Yes to ${n === 1 ? '1 question' : `${n} questions`}`;
}

/**
 * The target questions an entity still has to answer with a fresh Yes, given its answers as
 * the entity view returns them (a person's, else the automatic one); empty for a level target.
 *
 * @public
 */
export function campaignQuestionsStillOpen(
  target: CampaignTarget,
  answers: { questionId: string; status: string; stale: boolean }[],
): string[] {
  if (!('questionIds' in target)) {
    return [];
  }
  const yes = new Set(
    answers.filter(a => a.status === 'yes' && !a.stale).map(a => a.questionId),
  );
  return target.questionIds.filter(id => !yes.has(id));
}
