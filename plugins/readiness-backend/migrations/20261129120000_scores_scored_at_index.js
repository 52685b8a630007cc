// @ts-check

/**
 * Incremental readers (the catalog module) ask for scores computed since a time.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('readiness_scores', table => {
    table.index(['scored_at'], 'readiness_scores_scored_at_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('readiness_scores', table => {
    table.dropIndex(['scored_at'], 'readiness_scores_scored_at_idx');
  });
};
