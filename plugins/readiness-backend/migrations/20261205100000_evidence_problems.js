// @ts-check

/*
 * Evidence providers that could not gather their evidence for an entity (a repository that
 * cannot be read, a rate limit). Their earlier answers stay in readiness_evidence; this row says
 * since when they could not be checked and why, until a run of that provider succeeds.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('readiness_evidence_problems', table => {
    table.string('entity_ref', 255).notNullable();
    table.string('provider_id', 255).notNullable();
    table
      .string('attempted', 255)
      .notNullable()
      .comment('what the provider tried: read the repository');
    table.text('reason').notNullable();
    table.string('failing_since', 32).notNullable();
    table.string('last_attempt_at', 32).notNullable();
    table.primary(['entity_ref', 'provider_id']);
    table.index(['provider_id'], 'readiness_evidence_problems_provider_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('readiness_evidence_problems');
};
