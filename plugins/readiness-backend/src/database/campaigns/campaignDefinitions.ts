import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  Campaign,
  CampaignHistoryEntry,
  CampaignInput,
} from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { CAMPAIGN_HISTORY, CAMPAIGNS } from '../tables';

/* Campaigns as defined (in config or through the API), with every version kept. */

type CampaignRow = {
  id: string;
  title: string;
  description: string | null;
  scope: string;
  target: string;
  starts_on: string;
  due_on: string;
  reminder_days: number;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
};

const toCampaign = (row: CampaignRow): Campaign => ({
  id: row.id,
  title: row.title,
  ...(row.description ? { description: row.description } : {}),
  scope: JSON.parse(row.scope),
  target: JSON.parse(row.target),
  startsOn: row.starts_on,
  dueOn: row.due_on,
  reminderDays: row.reminder_days,
  source: 'api',
  version: row.version,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedBy: row.updated_by,
  updatedAt: row.updated_at,
});

const inputColumns = (input: CampaignInput) => ({
  title: input.title,
  description: input.description ?? null,
  scope: JSON.stringify(input.scope),
  target: JSON.stringify(input.target),
  starts_on: input.startsOn,
  due_on: input.dueOn,
  reminder_days: input.reminderDays,
});

const inputOf = (campaign: Campaign): CampaignInput => ({
  title: campaign.title,
  ...(campaign.description ? { description: campaign.description } : {}),
  scope: campaign.scope,
  target: campaign.target,
  startsOn: campaign.startsOn,
  dueOn: campaign.dueOn,
  reminderDays: campaign.reminderDays,
});

// The scope's columns are named after their catalog facts, except the type.

export async function listCampaigns(db: Knex): Promise<Campaign[]> {
  const rows: CampaignRow[] = await db(CAMPAIGNS).orderBy('created_at');
  return rows.map(toCampaign);
}

export async function getCampaign(
  db: Knex,
  id: string,
): Promise<Campaign | undefined> {
  const row: CampaignRow | undefined = await db(CAMPAIGNS)
    .where({ id })
    .first();
  return row ? toCampaign(row) : undefined;
}

export async function createCampaign(
  db: Knex,
  id: string,
  input: CampaignInput,
  actor: string,
  now: string,
): Promise<Campaign> {
  return db.transaction(async tx => {
    if (await tx(CAMPAIGNS).where({ id }).first()) {
      throw new ConflictError(`A campaign with the id '${id}' exists`);
    }
    const row: CampaignRow = {
      id,
      ...inputColumns(input),
      version: 1,
      created_by: actor,
      created_at: now,
      updated_by: actor,
      updated_at: now,
    };
    await tx(CAMPAIGNS).insert(row);
    await recordHistory(tx, toCampaign(row));
    return toCampaign(row);
  });
}

export async function updateCampaign(
  db: Knex,
  id: string,
  input: CampaignInput,
  expectedVersion: number,
  actor: string,
  now: string,
): Promise<Campaign> {
  return db.transaction(async tx => {
    const updated = await tx(CAMPAIGNS)
      .where({ id, version: expectedVersion })
      .update({
        ...inputColumns(input),
        version: expectedVersion + 1,
        updated_by: actor,
        updated_at: now,
      });
    if (updated === 0) {
      const current = await tx(CAMPAIGNS).where({ id }).first();
      if (!current) {
        throw new NotFoundError(`There is no stored campaign '${id}'`);
      }
      throw new ConflictError(
        `The campaign '${id}' is at version ${current.version}, not ${expectedVersion}; reload it and apply your change again`,
      );
    }
    const campaign = toCampaign(await tx(CAMPAIGNS).where({ id }).first());
    await recordHistory(tx, campaign);
    return campaign;
  });
}

/** Keeps a version of a campaign, with who wrote it. */
async function recordHistory(tx: Knex.Transaction, campaign: Campaign) {
  await tx(CAMPAIGN_HISTORY).insert({
    campaign_id: campaign.id,
    version: campaign.version,
    campaign: JSON.stringify(inputOf(campaign)),
    changed_by: campaign.updatedBy,
    changed_at: campaign.updatedAt,
  });
}

export async function campaignHistory(
  db: Knex,
  id: string,
): Promise<CampaignHistoryEntry[]> {
  const rows = await db(CAMPAIGN_HISTORY)
    .where({ campaign_id: id })
    .orderBy('version', 'desc');
  return rows.map(row => ({
    version: row.version,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
    campaign: JSON.parse(row.campaign),
  }));
}
