// @ts-check

/*
 * Every catalog entity a checklist applies to has a row in readiness_scores (its readiness
 * subject), kept in step with the catalog by the reconcile task: its title, its assessment
 * state, when the reconcile last saw it in the catalog, and when it left the catalog.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('readiness_scores', table => {
    table.string('title', 255).nullable().comment('metadata.title, if any');
    table
      .string('assessment', 16)
      .notNullable()
      .defaultTo('not-started')
      .comment('not-started, automatic or assessed');
    table
      .integer('automatic')
      .notNullable()
      .defaultTo(0)
      .comment('Questions answered only by an evidence provider');
    table
      .string('seen_at', 32)
      .nullable()
      .comment('When the catalog last showed the entity');
    table
      .string('removed_at', 32)
      .nullable()
      .comment('When the entity left the catalog; its answers are kept');
    table.index(['removed_at', 'assessment'], 'readiness_scores_present_idx');
  });
  // Rows so far were written by people or by evidence; the refresh task refines the rest.
  await knex('readiness_scores')
    .where('answered', '>', 0)
    .update({ assessment: 'assessed' });
  await knex('readiness_scores')
    .where('answered', 0)
    .update({ assessment: 'automatic' });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('readiness_scores', table => {
    table.dropIndex(
      ['removed_at', 'assessment'],
      'readiness_scores_present_idx',
    );
    table.dropColumn('title');
    table.dropColumn('assessment');
    table.dropColumn('automatic');
    table.dropColumn('seen_at');
    table.dropColumn('removed_at');
  });
};
