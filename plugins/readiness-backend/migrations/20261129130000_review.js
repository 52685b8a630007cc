// @ts-check

/*
 * The org-wide review: the domain beside each score, per-section scores (for the section x team
 * heat map) and daily snapshots of every score (for trends).
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('readiness_scores', table => {
    table
      .string('domain', 255)
      .nullable()
      .comment("The domain of the entity's system");
    table.index(['owner'], 'readiness_scores_owner_idx');
  });

  await knex.schema.createTable('readiness_section_scores', table => {
    table.comment('Per-section figures of each stored score');
    // Written and replaced together with its readiness_scores row, in the same transaction.
    table.string('entity_ref', 255).notNullable();
    table.string('section_id', 200).notNullable();
    table
      .double('score')
      .nullable()
      .comment('0 to 100; null when no question of the section applies');
    table.double('earned').notNullable();
    table.double('possible').notNullable();
    table.primary(['entity_ref', 'section_id']);
  });

  await knex.schema.createTable('readiness_snapshots', table => {
    table.comment('One row per entity and day: the stored score on that day');
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.string('entity_ref', 255).notNullable();
    table.string('kind', 63).notNullable();
    table.string('entity_type', 63).nullable();
    table.string('owner', 255).nullable();
    table.string('system', 255).nullable();
    table.string('domain', 255).nullable();
    table.string('lifecycle', 63).nullable();
    table.string('checklist_id', 200).notNullable();
    table.double('score').nullable();
    table.string('level', 63).nullable();
    table.integer('answered').notNullable();
    table.integer('questions').notNullable();
    table.integer('stale').notNullable();
    table.primary(['day', 'entity_ref']);
  });

  await knex.schema.createTable('readiness_snapshot_groups', table => {
    table.comment(
      'Per-day figures of the snapshots by grouping and level, so unfiltered trends read few rows',
    );
    table.string('day', 10).notNullable();
    table
      .string('group_by', 16)
      .notNullable()
      .comment('all, owner, system, domain, kind, type or lifecycle');
    table
      .string('key', 255)
      .notNullable()
      .comment('The group value; empty for none');
    table
      .string('level', 63)
      .notNullable()
      .comment('The level id; empty below the first level');
    table.integer('entities').notNullable();
    table.double('score_sum').notNullable();
    table.integer('scored').notNullable().comment('Entities with a score');
    table.primary(['day', 'group_by', 'key', 'level']);
  });

  // Lets the per-question counts of the review read an index instead of the answer rows.
  await knex.schema.alterTable('readiness_answers', table => {
    table.index(
      ['question_id', 'status', 'reviewed_at'],
      'readiness_answers_question_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('readiness_answers', table => {
    table.dropIndex(
      ['question_id', 'status', 'reviewed_at'],
      'readiness_answers_question_idx',
    );
  });
  await knex.schema.dropTable('readiness_snapshot_groups');
  await knex.schema.dropTable('readiness_snapshots');
  await knex.schema.dropTable('readiness_section_scores');
  await knex.schema.alterTable('readiness_scores', table => {
    table.dropIndex(['owner'], 'readiness_scores_owner_idx');
    table.dropColumn('domain');
  });
};
