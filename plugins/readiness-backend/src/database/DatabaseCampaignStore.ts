import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  Campaign,
  CampaignHistoryEntry,
  CampaignInput,
  CampaignProgressPoint,
  CampaignScope,
} from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { whereEntityRefIn } from './applySubjectFilters';
import { subjectFilterColumns } from './subjectFilterColumns';
import {
  CAMPAIGN_HISTORY,
  CAMPAIGN_NOTICES,
  CAMPAIGN_SNAPSHOTS,
  CAMPAIGNS,
  SCORES,
  SNAPSHOTS,
} from './tables';
import { SqlCondition } from './campaignConditions';
import {
  CampaignEntityRow,
  CampaignQuery,
  CampaignStore,
  OwnerProgress,
} from './CampaignStore';

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
/** A campaign's scope as a condition on a table with the subject columns, aliased `s`. */
function scopeCondition(scope: CampaignScope): SqlCondition {
  const parts: string[] = [];
  const bindings: (string | number)[] = [];
  for (const { column, values } of subjectFilterColumns(scope)) {
    parts.push(`s.${column} IN (${values.map(() => '?').join(', ')})`);
    bindings.push(...values);
  }
  return { sql: parts.length ? parts.join(' AND ') : '1 = 1', bindings };
}

const num = (value: unknown) => Number(value ?? 0);

/**
 * The knex implementation of {@link CampaignStore}, for SQLite and PostgreSQL. Every figure is
 * one query over the stored scores (or snapshots), whatever the number of entities.
 */
export class DatabaseCampaignStore implements CampaignStore {
  constructor(private readonly db: Knex) {}

  async list(): Promise<Campaign[]> {
    const rows: CampaignRow[] = await this.db(CAMPAIGNS).orderBy('created_at');
    return rows.map(toCampaign);
  }

  async get(id: string): Promise<Campaign | undefined> {
    const row: CampaignRow | undefined = await this.db(CAMPAIGNS)
      .where({ id })
      .first();
    return row ? toCampaign(row) : undefined;
  }

  async create(
    id: string,
    input: CampaignInput,
    actor: string,
    now: string,
  ): Promise<Campaign> {
    return this.db.transaction(async tx => {
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
      await this.recordHistory(tx, toCampaign(row));
      return toCampaign(row);
    });
  }

  async update(
    id: string,
    input: CampaignInput,
    expectedVersion: number,
    actor: string,
    now: string,
  ): Promise<Campaign> {
    return this.db.transaction(async tx => {
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
      await this.recordHistory(tx, campaign);
      return campaign;
    });
  }

  private async recordHistory(tx: Knex.Transaction, campaign: Campaign) {
    await tx(CAMPAIGN_HISTORY).insert({
      campaign_id: campaign.id,
      version: campaign.version,
      campaign: JSON.stringify(inputOf(campaign)),
      changed_by: campaign.updatedBy,
      changed_at: campaign.updatedAt,
    });
  }

  async history(id: string): Promise<CampaignHistoryEntry[]> {
    const rows = await this.db(CAMPAIGN_HISTORY)
      .where({ campaign_id: id })
      .orderBy('version', 'desc');
    return rows.map(row => ({
      version: row.version,
      changedBy: row.changed_by,
      changedAt: row.changed_at,
      campaign: JSON.parse(row.campaign),
    }));
  }

  /** The present subjects the caller may see, with the derived tables of the campaigns. */
  private subjects(
    campaigns: Omit<CampaignQuery, 'visibleEntityRefs'>[],
    visibleEntityRefs?: string[],
  ) {
    const builder = this.db(`${SCORES} as s`).whereNull('s.removed_at');
    for (const { conditions } of campaigns) {
      for (const join of conditions.bulk.joins) {
        builder.joinRaw(join.sql, join.bindings);
      }
    }
    if (visibleEntityRefs) {
      whereEntityRefIn(builder, 's.entity_ref', visibleEntityRefs);
    }
    return builder;
  }

  /** The concerned, present subjects of one campaign that the caller may see. */
  private concerned(query: CampaignQuery) {
    const scope = scopeCondition(query.scope);
    const { concerned } = query.conditions;
    return this.subjects([query], query.visibleEntityRefs)
      .whereRaw(scope.sql, scope.bindings)
      .whereRaw(concerned.sql, concerned.bindings);
  }

  async progressByOwner(
    campaigns: Omit<CampaignQuery, 'visibleEntityRefs'>[],
    visibleEntityRefs?: string[],
  ): Promise<OwnerProgress[][]> {
    if (campaigns.length === 0) {
      return [];
    }
    const columns = campaigns.flatMap((campaign, i) => {
      const scope = scopeCondition(campaign.scope);
      const { concerned } = campaign.conditions;
      const { met } = campaign.conditions.bulk;
      const inCampaign = `${scope.sql} AND ${concerned.sql}`;
      const bindings = [...scope.bindings, ...concerned.bindings];
      return [
        this.db.raw(
          `SUM(CASE WHEN ${inCampaign} THEN 1 ELSE 0 END) AS e${i}`,
          bindings,
        ),
        this.db.raw(
          `SUM(CASE WHEN ${inCampaign} AND ${met.sql} THEN 1 ELSE 0 END) AS d${i}`,
          [...bindings, ...met.bindings],
        ),
      ];
    });
    const rows: Record<string, unknown>[] = await this.subjects(
      campaigns,
      visibleEntityRefs,
    )
      .select('s.owner', ...columns)
      .groupBy('s.owner')
      .orderBy('s.owner');
    return campaigns.map((_, i) =>
      rows
        .map(row => ({
          owner: (row.owner as string | null) ?? null,
          entities: num(row[`e${i}`]),
          done: num(row[`d${i}`]),
        }))
        .filter(row => row.entities > 0),
    );
  }

  async listEntities(
    query: CampaignQuery & {
      done?: boolean;
      owner?: string;
      limit: number;
      offset: number;
    },
  ): Promise<{ items: CampaignEntityRow[]; totalCount: number }> {
    const { met } = query.conditions.bulk;
    const filtered = this.concerned(query);
    if (query.owner !== undefined) {
      filtered.where('s.owner', query.owner);
    }
    if (query.done !== undefined) {
      filtered.whereRaw(
        `${query.done ? '' : 'NOT '}(${met.sql})`,
        met.bindings,
      );
    }
    const [rows, [{ total }]] = await Promise.all([
      filtered
        .clone()
        .select(
          's.entity_ref',
          's.title',
          's.owner',
          's.score',
          's.level',
          this.db.raw(
            `CASE WHEN ${met.sql} THEN 1 ELSE 0 END AS met`,
            met.bindings,
          ),
        )
        .orderByRaw('met, s.name, s.entity_ref')
        .limit(query.limit)
        .offset(query.offset),
      filtered.clone().count({ total: '*' }),
    ]);
    return {
      items: rows.map((row: Record<string, unknown>) => ({
        entityRef: row.entity_ref as string,
        ...(row.title ? { title: row.title as string } : {}),
        ...(row.owner ? { owner: row.owner as string } : {}),
        score: row.score === null ? null : Number(row.score),
        level: (row.level as string | null) ?? null,
        done: num(row.met) === 1,
      })),
      totalCount: num(total),
    };
  }

  async entityStates(
    entityRef: string,
    campaigns: CampaignQuery[],
  ): Promise<(boolean | undefined)[]> {
    if (campaigns.length === 0) {
      return [];
    }
    const columns = campaigns.map((query, i) => {
      const scope = scopeCondition(query.scope);
      const { concerned, met } = query.conditions;
      return this.db.raw(
        `CASE WHEN ${scope.sql} AND ${concerned.sql} THEN (CASE WHEN ${met.sql} THEN 1 ELSE 0 END) ELSE -1 END AS c${i}`,
        [...scope.bindings, ...concerned.bindings, ...met.bindings],
      );
    });
    const row: Record<string, unknown> | undefined = await this.db(
      `${SCORES} as s`,
    )
      .select(columns)
      .where('s.entity_ref', entityRef)
      .whereNull('s.removed_at')
      .first();
    return campaigns.map((_, i) => {
      const value = row ? num(row[`c${i}`]) : -1;
      return value < 0 ? undefined : value === 1;
    });
  }

  async levelSeries(
    query: Omit<CampaignQuery, 'conditions'> & {
      levelIds: string[];
      fromDay: string;
      beforeDay: string;
    },
  ): Promise<CampaignProgressPoint[]> {
    const scope = scopeCondition(query.scope);
    const done = query.levelIds.length
      ? `SUM(CASE WHEN s.level IN (${query.levelIds
          .map(() => '?')
          .join(', ')}) THEN 1 ELSE 0 END)`
      : '0';
    const builder = this.db(`${SNAPSHOTS} as s`)
      .select(
        's.day',
        this.db.raw('COUNT(*) AS entities'),
        this.db.raw(`${done} AS done`, query.levelIds),
      )
      .where('s.day', '>=', query.fromDay)
      .where('s.day', '<', query.beforeDay)
      .whereRaw(scope.sql, scope.bindings)
      .groupBy('s.day')
      .orderBy('s.day');
    if (query.visibleEntityRefs) {
      whereEntityRefIn(builder, 's.entity_ref', query.visibleEntityRefs);
    }
    return this.points(await builder);
  }

  async snapshotSeries(options: {
    campaignId: string;
    visibleEntityRefs?: string[];
    fromDay: string;
    beforeDay: string;
  }): Promise<CampaignProgressPoint[]> {
    const builder = this.db(`${CAMPAIGN_SNAPSHOTS} as s`)
      .select(
        's.day',
        this.db.raw('COUNT(*) AS entities'),
        this.db.raw('SUM(CASE WHEN s.done THEN 1 ELSE 0 END) AS done'),
      )
      .where('s.campaign_id', options.campaignId)
      .where('s.day', '>=', options.fromDay)
      .where('s.day', '<', options.beforeDay)
      .groupBy('s.day')
      .orderBy('s.day');
    if (options.visibleEntityRefs) {
      whereEntityRefIn(builder, 's.entity_ref', options.visibleEntityRefs);
    }
    return this.points(await builder);
  }

  private points(rows: Record<string, unknown>[]): CampaignProgressPoint[] {
    return rows.map(row => ({
      day: row.day as string,
      entities: num(row.entities),
      done: num(row.done),
    }));
  }

  async takeSnapshot(
    campaignId: string,
    day: string,
    query: CampaignQuery,
  ): Promise<number> {
    const { met } = query.conditions.bulk;
    return this.db.transaction(async tx => {
      await tx(CAMPAIGN_SNAPSHOTS)
        .where({ campaign_id: campaignId, day })
        .delete();
      // The comparisons give a boolean on PostgreSQL and 1 or 0 on SQLite, as each stores it.
      const select = this.concerned({ ...query, visibleEntityRefs: undefined })
        .select(
          this.db.raw('? AS day', [day]),
          this.db.raw('? AS campaign_id', [campaignId]),
          's.entity_ref',
          this.db.raw(
            `CASE WHEN ${met.sql} THEN 1 = 1 ELSE 1 = 0 END AS done`,
            met.bindings,
          ),
        )
        .toSQL();
      await tx.raw(
        `INSERT INTO ${CAMPAIGN_SNAPSHOTS} (day, campaign_id, entity_ref, done) ${select.sql}`,
        select.bindings,
      );
      const [{ written }] = await tx(CAMPAIGN_SNAPSHOTS)
        .where({ campaign_id: campaignId, day })
        .count({ written: '*' });
      return num(written);
    });
  }

  async pruneSnapshots(beforeDay: string): Promise<number> {
    return this.db(CAMPAIGN_SNAPSHOTS).where('day', '<', beforeDay).delete();
  }

  async claimNotice(
    campaignId: string,
    notice: string,
    now: string,
  ): Promise<boolean> {
    const inserted = await this.db(CAMPAIGN_NOTICES)
      .insert({ campaign_id: campaignId, notice, sent_at: now })
      .onConflict(['campaign_id', 'notice'])
      .ignore()
      .returning('notice');
    return inserted.length > 0;
  }
}
