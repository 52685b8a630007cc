import { TestDatabases } from '@backstage/backend-test-utils';

/**
 * The databases every storage test runs on, so each case runs the same on both: PostgreSQL 15
 * (from `POSTGRES_15_CONNECTION_STRING`, see scripts/postgres.sh) and SQLite. Call it at the top
 * level of a test file.
 */
export const bothDatabases = () =>
  TestDatabases.create({
    ids: ['POSTGRES_15', 'SQLITE_3'],
    disableDocker: true,
  });
