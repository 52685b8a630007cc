import { Knex } from 'knex';
import { CAMPAIGN_NOTICES } from '../tables';

/* Each notice of a campaign is sent once, whichever instance claims it first. */

export async function claimCampaignNotice(
  db: Knex,
  campaignId: string,
  notice: string,
  now: string,
): Promise<boolean> {
  const inserted = await db(CAMPAIGN_NOTICES)
    .insert({ campaign_id: campaignId, notice, sent_at: now })
    .onConflict(['campaign_id', 'notice'])
    .ignore()
    .returning('notice');
  return inserted.length > 0;
}
