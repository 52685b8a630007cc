import { Knex } from 'knex';

/**
 * Serialises writers of the same entities until the transaction ends; in one order, so two
 * batches cannot deadlock. Person answers and automatic answers of one entity are written
 * under the same lock, so the counting triggers of each see the other's committed rows.
 */
export async function lockEntities(
  trx: Knex.Transaction,
  entityRefs: string[],
) {
  if (trx.client.config.client !== 'pg' || entityRefs.length === 0) {
    // SQLite allows a single writer at a time, so its transactions are already serial.
    return;
  }
  if (entityRefs.length === 1) {
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', entityRefs);
  } else {
    await trx.raw(
      'SELECT pg_advisory_xact_lock(hashtext(ref)) FROM unnest(?::text[]) AS ref ORDER BY ref',
      [[...new Set(entityRefs)].sort()],
    );
  }
}
