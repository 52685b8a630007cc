// @ts-check

/*
 * How many of an entity's answers are to questions its checklist does not ask of it (kept, not
 * scored): the review leaves those answers out, and reads them only for the entities that have
 * any, by the partial index.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('readiness_scores', table => {
    table
      .integer('orphaned')
      .notNullable()
      .defaultTo(0)
      .comment('Answers to questions the checklist does not ask of the entity');
  });
  await knex.raw(
    'CREATE INDEX readiness_scores_orphaned_idx ON readiness_scores (entity_ref) WHERE orphaned > 0',
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.raw('DROP INDEX readiness_scores_orphaned_idx');
  await knex.raw('ALTER TABLE readiness_scores DROP COLUMN orphaned');
};
