import { Knex } from 'knex';

/** PostgreSQL's deadlock_detected. */
const DEADLOCK = '40P01';
const ATTEMPTS = 3;

const isDeadlock = (error: unknown) =>
  (error as { code?: unknown } | undefined)?.code === DEADLOCK;

/**
 * Runs `work` in a transaction and runs it again, in a new transaction, when PostgreSQL ended
 * it to break a deadlock. Writers of different entities can still wait on each other for the
 * rows of readiness_question_counts their triggers update (an evidence run's delete and insert
 * take them in two statements); the database rolls one of them back, and running it again
 * is then correct, since the work reads everything it decides on inside the transaction.
 */
export async function transactionRetriedOnDeadlock<T>(
  db: Knex,
  work: (trx: Knex.Transaction) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      if (!isDeadlock(error) || attempt >= ATTEMPTS) {
        throw error;
      }
    }
  }
}
