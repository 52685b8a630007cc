// @ts-check

/*
 * When each recorded answer was last reviewed. An import may say an answer was checked before
 * it was written; the trend backfill then counts the answer from that time, so imported answers
 * (and the demo's sample data) have a past.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('readiness_answer_history', table => {
    table
      .string('reviewed_at', 32)
      .nullable()
      .comment(
        'when the answer was last reviewed (ISO 8601); null before this column',
      );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  // Plain DROP COLUMN, as in the exemption expiry migration.
  await knex.raw(
    'ALTER TABLE readiness_answer_history DROP COLUMN reviewed_at',
  );
};
