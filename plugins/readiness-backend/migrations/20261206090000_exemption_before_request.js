// @ts-check

/*
 * The answer an exemption request replaced. While the request waits for approval, its question
 * scores as that answer (or as unanswered when there was none), so asking never lowers a score.
 * Existing requests had no record of it and score as unanswered.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('readiness_answers', table => {
    table
      .string('before_request_status', 16)
      .nullable()
      .comment('status of the answer a pending exemption request replaced');
    table
      .string('before_request_reviewed_at', 32)
      .nullable()
      .comment('when that answer was last reviewed (ISO 8601)');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  // Plain DROP COLUMN, as in the exemption expiry migration (the counting triggers).
  await knex.raw(
    'ALTER TABLE readiness_answers DROP COLUMN before_request_reviewed_at',
  );
  await knex.raw(
    'ALTER TABLE readiness_answers DROP COLUMN before_request_status',
  );
};
