// @ts-check

/*
 * Campaigns created through the API (config campaigns are not stored), every version of each,
 * the daily state of the entities of campaigns whose target is a set of questions (level
 * targets read the score snapshots), and the notices already sent, so that each is sent once
 * however many replicas run the task.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('readiness_campaigns', table => {
    table.comment('Campaigns created through the API');
    table.string('id', 63).primary();
    table.string('title', 255).notNullable();
    table.text('description').nullable();
    table.text('scope').notNullable().comment('JSON of the scope filters');
    table.text('target').notNullable().comment('JSON: level or questionIds');
    table.string('starts_on', 10).notNullable();
    table.string('due_on', 10).notNullable();
    table.integer('reminder_days').notNullable();
    table.integer('version').notNullable();
    table.string('created_by', 255).notNullable();
    table.string('created_at', 32).notNullable();
    table.string('updated_by', 255).notNullable();
    table.string('updated_at', 32).notNullable();
  });
  await knex.schema.createTable('readiness_campaign_history', table => {
    table.comment('Every version of every stored campaign, with who wrote it');
    table.bigIncrements('id').primary();
    table.string('campaign_id', 63).notNullable();
    table.integer('version').notNullable();
    table.text('campaign').notNullable().comment('JSON of the campaign input');
    table.string('changed_by', 255).notNullable();
    table.string('changed_at', 32).notNullable();
    table.unique(['campaign_id', 'version'], {
      indexName: 'readiness_campaign_history_version_idx',
    });
  });
  await knex.schema.createTable('readiness_campaign_snapshots', table => {
    table.comment(
      'Per day, the entities of a question-target campaign and whether each was done',
    );
    table.string('day', 10).notNullable();
    table.string('campaign_id', 63).notNullable();
    table.string('entity_ref', 255).notNullable();
    table.boolean('done').notNullable();
    table.primary(['campaign_id', 'day', 'entity_ref']);
  });
  await knex.schema.createTable('readiness_campaign_notices', table => {
    table.comment('Notices sent for campaigns: start, reminder-N and overdue');
    table.string('campaign_id', 63).notNullable();
    table.string('notice', 32).notNullable();
    table.string('sent_at', 32).notNullable();
    table.primary(['campaign_id', 'notice']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('readiness_campaign_notices');
  await knex.schema.dropTable('readiness_campaign_snapshots');
  await knex.schema.dropTable('readiness_campaign_history');
  await knex.schema.dropTable('readiness_campaigns');
};
