// @ts-check

/*
 * Score lists filtered by level (the catalog filter, the drill-down, the level action) read
 * one page in entity ref order: with 100,000 scores and no index on the level, each page
 * scanned the whole table (90 ms); with this index it reads the page's rows.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('readiness_scores', table => {
    table.index(['level', 'entity_ref'], 'readiness_scores_level_ref_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('readiness_scores', table => {
    table.dropIndex(['level', 'entity_ref'], 'readiness_scores_level_ref_idx');
  });
};
