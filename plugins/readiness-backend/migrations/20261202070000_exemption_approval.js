// @ts-check

/*
 * An N/A on a question that needs approval is an exemption request: `approval` is pending until
 * someone with readiness.exemption.approve approves or rejects it (who, when and why are kept
 * with it; the history records every decision). Null for every other answer. The index lets
 * the review list the pending ones.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('readiness_answers', table => {
    table
      .string('approval', 16)
      .nullable()
      .comment('pending, approved or rejected, for an N/A that needs approval');
    table.string('decided_by', 255).nullable();
    table.string('decided_at', 32).nullable();
    table.text('decision_note').nullable();
    table.index(['approval'], 'readiness_answers_approval_idx');
  });
  await knex.schema.alterTable('readiness_answer_history', table => {
    table.string('approval', 16).nullable();
    table.text('decision_note').nullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  // Plain DROP COLUMN, as in the exemption expiry migration (the counting triggers).
  await knex.raw('DROP INDEX readiness_answers_approval_idx');
  for (const column of [
    'approval',
    'decided_by',
    'decided_at',
    'decision_note',
  ]) {
    await knex.raw(`ALTER TABLE readiness_answers DROP COLUMN ${column}`);
  }
  for (const column of ['approval', 'decision_note']) {
    await knex.raw(
      `ALTER TABLE readiness_answer_history DROP COLUMN ${column}`,
    );
  }
};
