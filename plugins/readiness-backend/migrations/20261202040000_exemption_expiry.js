// @ts-check

/*
 * An N/A (an exemption) can expire: past expires_at it is stale like an answer past the review
 * interval. The history records it with each write; the index lets the review count the
 * exemptions that have expired.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('readiness_answers', table => {
    table
      .string('expires_at', 32)
      .nullable()
      .comment(
        'When an N/A stops counting (ISO 8601); null when it does not expire',
      );
    table.index(['expires_at'], 'readiness_answers_expires_idx');
  });
  await knex.schema.alterTable('readiness_answer_history', table => {
    table.string('expires_at', 32).nullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  // Plain DROP COLUMN: knex's SQLite fallback copies the table and renames it back, which the
  // counting triggers on readiness_evidence (they read readiness_answers) refuse.
  await knex.raw('DROP INDEX readiness_answers_expires_idx');
  await knex.raw('ALTER TABLE readiness_answers DROP COLUMN expires_at');
  await knex.raw('ALTER TABLE readiness_answer_history DROP COLUMN expires_at');
};
