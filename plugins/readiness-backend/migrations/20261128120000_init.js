/*
 * Answers, their full history, and the stored score of every assessed entity.
 * Times are ISO 8601 strings in UTC so that they compare and sort the same way on SQLite and
 * PostgreSQL.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('readiness_answers', table => {
    table.comment(
      'The current answer of each entity to each checklist question',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('question_id', 200).notNullable();
    table.string('status', 16).notNullable();
    table.text('note').nullable();
    table
      .text('links')
      .notNullable()
      .defaultTo('[]')
      .comment('JSON array of URLs');
    table
      .integer('version')
      .notNullable()
      .comment('Incremented on every write');
    table.string('answered_by', 255).notNullable();
    table.string('answered_at', 32).notNullable();
    table.string('reviewed_at', 32).notNullable();
    table.primary(['entity_ref', 'question_id']);
  });

  await knex.schema.createTable('readiness_answer_history', table => {
    table.comment('Every write of an answer, with what it replaced');
    table.bigIncrements('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.string('question_id', 200).notNullable();
    table.integer('version').notNullable();
    table.string('status', 16).notNullable();
    table.text('note').nullable();
    table.text('links').notNullable().defaultTo('[]');
    table
      .text('previous')
      .nullable()
      .comment('JSON of the answer this write replaced');
    table.string('changed_by', 255).notNullable();
    table.string('changed_at', 32).notNullable();
    table.index(['entity_ref', 'id'], 'readiness_answer_history_entity_idx');
  });

  await knex.schema.createTable('readiness_scores', table => {
    table.comment(
      'The score of every entity that has answers, kept in step with them',
    );
    table.string('entity_ref', 255).primary();
    table.string('kind', 63).notNullable();
    table.string('namespace', 63).notNullable();
    table.string('name', 255).notNullable();
    table.string('entity_type', 63).nullable();
    table.string('owner', 255).nullable();
    table.string('system', 255).nullable();
    table.string('lifecycle', 63).nullable();
    table.string('checklist_id', 200).notNullable();
    table.string('checklist_hash', 64).notNullable();
    table
      .double('score')
      .nullable()
      .comment('0 to 100; null when no question applies');
    table.string('level', 63).nullable();
    table
      .integer('level_rank')
      .notNullable()
      .comment('-1 below the first level');
    table.double('earned').notNullable();
    table.double('possible').notNullable();
    table.integer('questions').notNullable();
    table.integer('answered').notNullable();
    table.integer('stale').notNullable();
    table.integer('not_applicable').notNullable();
    table.string('next_stale_at', 32).nullable();
    table
      .string('updated_at', 32)
      .notNullable()
      .comment('Time of the last answer write');
    table.string('scored_at', 32).notNullable();
    table.index(['kind', 'score'], 'readiness_scores_kind_score_idx');
    table.index(['level_rank'], 'readiness_scores_level_idx');
    table.index(['next_stale_at'], 'readiness_scores_next_stale_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('readiness_scores');
  await knex.schema.dropTable('readiness_answer_history');
  await knex.schema.dropTable('readiness_answers');
};
