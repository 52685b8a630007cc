import { execFileSync } from 'node:child_process';

/** Runs psql as postgres on 127.0.0.1 and returns its unaligned output. */
function psql(port: number, database: string, sql: string) {
  return execFileSync(
    'psql',
    [
      ...['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres'],
      ...['-d', database, '-Atc', sql],
    ],
    { encoding: 'utf8', env: { ...process.env, PSQLRC: '/dev/null' } },
  ).trim();
}

export function dropDatabase(port: number, name: string) {
  psql(port, 'postgres', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** Drops every database whose name starts with `prefix` (the backend makes one per plugin). */
export function dropDatabases(port: number, prefix: string) {
  const names = psql(
    port,
    'postgres',
    `SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`,
  )
    .split('\n')
    .filter(Boolean);
  for (const name of names) {
    dropDatabase(port, name);
  }
}

/** One number from a query, such as a count. */
export function psqlNumber(port: number, database: string, sql: string) {
  return Number(psql(port, database, sql));
}
