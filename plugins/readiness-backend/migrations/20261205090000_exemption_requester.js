// @ts-check

/*
 * Who asked for an exemption: whoever wrote its reason and expiry. A confirmation of the N/A
 * unchanged (by anyone, a service included) keeps the requester, so the requester can never
 * become its approver by having someone else confirm it. Existing requests take their
 * answer's author, who wrote them.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('readiness_answers', table => {
    table
      .string('requested_by', 255)
      .nullable()
      .comment('who wrote the reason and expiry of an N/A that needs approval');
  });
  await knex('readiness_answers')
    .whereNotNull('approval')
    .update({ requested_by: knex.ref('answered_by') });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  // Plain DROP COLUMN, as in the exemption expiry migration (the counting triggers).
  await knex.raw('ALTER TABLE readiness_answers DROP COLUMN requested_by');
};
