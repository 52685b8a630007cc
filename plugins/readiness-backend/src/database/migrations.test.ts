import { bothDatabases } from '../__testUtils__/bothDatabases';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import fs from 'fs';
import { Knex } from 'knex';

jest.setTimeout(60_000);

const migrationsDir = resolvePackagePath(
  '@readiness/plugin-readiness-backend',
  'migrations',
);
const migrationFiles = fs
  .readdirSync(migrationsDir)
  .filter(f => f.endsWith('.js'))
  .sort();

const TABLES = [
  'readiness_answers',
  'readiness_answer_history',
  'readiness_scores',
];

async function existingTables(knex: Knex) {
  const present = await Promise.all(
    TABLES.map(async t => ((await knex.schema.hasTable(t)) ? t : undefined)),
  );
  return present.filter(Boolean);
}

const databases = bothDatabases();

describe.each(databases.eachSupportedId())('migrations (%s)', databaseId => {
  it('go up, down and up again one step at a time', async () => {
    const knex = await databases.init(databaseId);
    const config = { directory: migrationsDir };

    for (let i = 0; i < migrationFiles.length; i++) {
      await knex.migrate.up(config);
    }
    expect(await existingTables(knex)).toEqual(TABLES);
    await knex('readiness_answers').insert({
      entity_ref: 'component:default/a',
      question_id: 'q',
      status: 'yes',
      version: 1,
      answered_by: 'user:default/alice',
      answered_at: '2026-01-01T00:00:00.000Z',
      reviewed_at: '2026-01-01T00:00:00.000Z',
    });
    expect(await knex('readiness_answers').first()).toMatchObject({
      links: '[]',
      note: null,
    });

    for (let i = 0; i < migrationFiles.length; i++) {
      await knex.migrate.down(config);
    }
    expect(await existingTables(knex)).toEqual([]);

    await knex.migrate.latest(config);
    expect(await existingTables(knex)).toEqual(TABLES);
    expect(await knex('readiness_answers')).toEqual([]);
  });
});
