// @ts-check

/*
 * Automatic answers from evidence providers, and when each entity was last evaluated.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('readiness_evidence', table => {
    table.comment(
      'Automatic answers; a person answer to the same question wins over them',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('question_id', 200).notNullable();
    table.string('provider_id', 200).notNullable();
    table.string('status', 16).notNullable();
    table.text('note').notNullable();
    table.text('links').notNullable().comment('JSON array of URLs');
    table.string('evaluated_at', 32).notNullable();
    table.primary(['entity_ref', 'question_id']);
  });
  await knex.schema.createTable('readiness_evidence_runs', table => {
    table.comment('When the evidence of each entity was last evaluated');
    table.string('entity_ref', 255).primary();
    table.string('evaluated_at', 32).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('readiness_evidence_runs');
  await knex.schema.dropTable('readiness_evidence');
};
