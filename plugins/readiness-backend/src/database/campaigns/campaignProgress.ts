import {
  CampaignProgressPoint,
  CampaignScope,
} from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { whereEntityRefIn } from '../applySubjectFilters';
import { subjectFilterColumns } from '../subjectFilterColumns';
import { CAMPAIGN_SNAPSHOTS, SCORES, SNAPSHOTS } from '../tables';
import { SqlCondition } from './campaignConditions';
import {
  CampaignEntityRow,
  CampaignQuery,
  OwnerProgress,
} from '../CampaignStore';

/* Where a campaign's entities stand: progress per team, entities, states, and over time. */

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

/** The present subjects the caller may see, with the derived tables of the campaigns. */
function presentSubjects(
  db: Knex,
  campaigns: Omit<CampaignQuery, 'visibleEntityRefs'>[],
  visibleEntityRefs?: string[],
) {
  const builder = db(`${SCORES} as s`).whereNull('s.removed_at');
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
function concernedSubjects(db: Knex, query: CampaignQuery) {
  const scope = scopeCondition(query.scope);
  const { concerned } = query.conditions;
  return presentSubjects(db, [query], query.visibleEntityRefs)
    .whereRaw(scope.sql, scope.bindings)
    .whereRaw(concerned.sql, concerned.bindings);
}

export async function progressByOwner(
  db: Knex,
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
      db.raw(
        `SUM(CASE WHEN ${inCampaign} THEN 1 ELSE 0 END) AS e${i}`,
        bindings,
      ),
      db.raw(
        `SUM(CASE WHEN ${inCampaign} AND ${met.sql} THEN 1 ELSE 0 END) AS d${i}`,
        [...bindings, ...met.bindings],
      ),
    ];
  });
  const rows: Record<string, unknown>[] = await presentSubjects(
    db,
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

export async function listCampaignEntities(
  db: Knex,
  query: CampaignQuery & {
    done?: boolean;
    owner?: string;
    limit: number;
    offset: number;
  },
): Promise<{ items: CampaignEntityRow[]; totalCount: number }> {
  const { met } = query.conditions.bulk;
  const filtered = concernedSubjects(db, query);
  if (query.owner !== undefined) {
    filtered.where('s.owner', query.owner);
  }
  if (query.done !== undefined) {
    filtered.whereRaw(`${query.done ? '' : 'NOT '}(${met.sql})`, met.bindings);
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
        db.raw(`CASE WHEN ${met.sql} THEN 1 ELSE 0 END AS met`, met.bindings),
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

export async function campaignEntityStates(
  db: Knex,
  entityRef: string,
  campaigns: CampaignQuery[],
): Promise<(boolean | undefined)[]> {
  if (campaigns.length === 0) {
    return [];
  }
  const columns = campaigns.map((query, i) => {
    const scope = scopeCondition(query.scope);
    const { concerned, met } = query.conditions;
    return db.raw(
      `CASE WHEN ${scope.sql} AND ${concerned.sql} THEN (CASE WHEN ${met.sql} THEN 1 ELSE 0 END) ELSE -1 END AS c${i}`,
      [...scope.bindings, ...concerned.bindings, ...met.bindings],
    );
  });
  const row: Record<string, unknown> | undefined = await db(`${SCORES} as s`)
    .select(columns)
    .where('s.entity_ref', entityRef)
    .whereNull('s.removed_at')
    .first();
  return campaigns.map((_, i) => {
    const value = row ? num(row[`c${i}`]) : -1;
    return value < 0 ? undefined : value === 1;
  });
}

export async function levelSeries(
  db: Knex,
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
  const builder = db(`${SNAPSHOTS} as s`)
    .select(
      's.day',
      db.raw('COUNT(*) AS entities'),
      db.raw(`${done} AS done`, query.levelIds),
    )
    .where('s.day', '>=', query.fromDay)
    .where('s.day', '<', query.beforeDay)
    .whereRaw(scope.sql, scope.bindings)
    .groupBy('s.day')
    .orderBy('s.day');
  if (query.visibleEntityRefs) {
    whereEntityRefIn(builder, 's.entity_ref', query.visibleEntityRefs);
  }
  return points(await builder);
}

export async function snapshotSeries(
  db: Knex,
  options: {
    campaignId: string;
    visibleEntityRefs?: string[];
    fromDay: string;
    beforeDay: string;
  },
): Promise<CampaignProgressPoint[]> {
  const builder = db(`${CAMPAIGN_SNAPSHOTS} as s`)
    .select(
      's.day',
      db.raw('COUNT(*) AS entities'),
      db.raw('SUM(CASE WHEN s.done THEN 1 ELSE 0 END) AS done'),
    )
    .where('s.campaign_id', options.campaignId)
    .where('s.day', '>=', options.fromDay)
    .where('s.day', '<', options.beforeDay)
    .groupBy('s.day')
    .orderBy('s.day');
  if (options.visibleEntityRefs) {
    whereEntityRefIn(builder, 's.entity_ref', options.visibleEntityRefs);
  }
  return points(await builder);
}

function points(rows: Record<string, unknown>[]): CampaignProgressPoint[] {
  return rows.map(row => ({
    day: row.day as string,
    entities: num(row.entities),
    done: num(row.done),
  }));
}

export async function takeCampaignSnapshot(
  db: Knex,
  campaignId: string,
  day: string,
  query: CampaignQuery,
): Promise<number> {
  const { met } = query.conditions.bulk;
  return db.transaction(async tx => {
    await tx(CAMPAIGN_SNAPSHOTS)
      .where({ campaign_id: campaignId, day })
      .delete();
    // The comparisons give a boolean on PostgreSQL and 1 or 0 on SQLite, as each stores it.
    const select = concernedSubjects(db, {
      ...query,
      visibleEntityRefs: undefined,
    })
      .select(
        db.raw('? AS day', [day]),
        db.raw('? AS campaign_id', [campaignId]),
        's.entity_ref',
        db.raw(
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

export async function pruneCampaignSnapshots(
  db: Knex,
  beforeDay: string,
): Promise<number> {
  return db(CAMPAIGN_SNAPSHOTS).where('day', '<', beforeDay).delete();
}
