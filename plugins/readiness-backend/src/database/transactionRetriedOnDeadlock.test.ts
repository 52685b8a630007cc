import { bothDatabases } from '../__testUtils__/bothDatabases';
import { transactionRetriedOnDeadlock } from './transactionRetriedOnDeadlock';

jest.setTimeout(60_000);

const databases = bothDatabases();

// Only PostgreSQL has deadlocks: SQLite runs one writer at a time.
describe('transactionRetriedOnDeadlock (POSTGRES_15)', () => {
  it('runs again the transaction PostgreSQL rolled back to break a deadlock', async () => {
    const knex = await databases.init('POSTGRES_15');
    await knex.schema.createTable('crossing', table => {
      table.string('id').primary();
      table.integer('n').notNullable();
    });
    await knex('crossing').insert([
      { id: 'a', n: 0 },
      { id: 'b', n: 0 },
    ]);
    const bothLocked: (() => void)[] = [];
    let firstLocks = 0;
    const barrier = () =>
      new Promise<void>(resolve => {
        bothLocked.push(resolve);
        if (bothLocked.length === 2) {
          bothLocked.forEach(release => release());
        }
      });
    let attempts = 0;
    // Each takes one row and then wants the other's: on the first attempt both hold one.
    const crossing = (first: string, second: string) =>
      transactionRetriedOnDeadlock(knex, async trx => {
        attempts += 1;
        await trx('crossing').where({ id: first }).increment('n', 1);
        if (firstLocks < 2) {
          firstLocks += 1;
          await barrier();
        }
        await trx('crossing').where({ id: second }).increment('n', 1);
      });

    await Promise.all([crossing('a', 'b'), crossing('b', 'a')]);

    // Two first attempts and at least one retry; under load PostgreSQL may break a second
    // deadlock before one attempt wins, so the exact count varies. No increment is lost.
    expect(attempts).toBeGreaterThanOrEqual(3);
    expect(await knex('crossing').select('id', 'n').orderBy('id')).toEqual([
      { id: 'a', n: 2 },
      { id: 'b', n: 2 },
    ]);
  });

  it('passes other errors on at once', async () => {
    const knex = await databases.init('POSTGRES_15');
    let attempts = 0;
    await expect(
      transactionRetriedOnDeadlock(knex, async trx => {
        attempts += 1;
        await trx.raw('SELECT * FROM no_such_table');
      }),
    ).rejects.toMatchObject({ code: '42P01' });
    expect(attempts).toBe(1);
  });
});
