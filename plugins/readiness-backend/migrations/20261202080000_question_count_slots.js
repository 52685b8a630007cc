// @ts-check

/*
 * readiness_question_counts held one row per (question, status, source, day), so every write of
 * a Yes to a question today updated the same row, and PostgreSQL held that row's lock until the
 * writer committed: answer writes of different entities waited on each other (and on the
 * evidence run), one at a time. The counts are now spread over SLOTS rows per key, chosen by the
 * entity's hash, so writers of different entities seldom share a row; readers sum the slots.
 *
 * PostgreSQL only: SQLite runs one writer at a time anyway, and its rows stay in slot 0.
 */

const COUNTS = 'readiness_question_counts';
const SLOTS = 16;
const KEY = ['question_id', 'status', 'source', 'day'];

/**
 * The trigger's upsert of the selected changes; with `slotted`, each entity's changes go to its
 * slot. Rows are taken in key order so concurrent writers lock them in one order.
 * @param {string} select
 * @param {boolean} slotted
 */
const upsert = (select, slotted) => {
  const key = slotted ? [...KEY, 'slot'] : KEY;
  const slot = slotted ? `, (hashtext(entity_ref) & ${SLOTS - 1}) AS slot` : '';
  return `
  INSERT INTO ${COUNTS} (${key.join(', ')}, answers)
  SELECT ${key.join(', ')}, SUM(delta) FROM (
    SELECT changes.*${slot} FROM (${select}) AS changes
  ) AS slotted
  WHERE true
  GROUP BY ${key.join(', ')}
  ORDER BY ${key.join(', ')}
  ON CONFLICT (${key.join(', ')})
  DO UPDATE SET answers = ${COUNTS}.answers + excluded.answers`;
};

/**
 * @param {string} rows
 * @param {number} delta
 */
const person = (rows, delta) =>
  `SELECT entity_ref, question_id, status, 'person' AS source, substr(reviewed_at, 1, 10) AS day, ${delta} AS delta FROM ${rows}`;
/**
 * The automatic answers of the given person answers' questions (which those answers hide).
 * @param {string} rows
 * @param {number} delta
 */
const hiddenEvidence = (rows, delta) =>
  `SELECT e.entity_ref, e.question_id, e.status, 'evidence' AS source, substr(e.evaluated_at, 1, 10) AS day, ${delta} AS delta
   FROM ${rows} AS r JOIN readiness_evidence AS e
   ON e.entity_ref = r.entity_ref AND e.question_id = r.question_id`;
/**
 * Automatic answers that no person answer hides.
 * @param {string} rows
 * @param {number} delta
 */
const shownEvidence = (rows, delta) =>
  `SELECT r.entity_ref, r.question_id, r.status, 'evidence' AS source, substr(r.evaluated_at, 1, 10) AS day, ${delta} AS delta
   FROM ${rows} AS r WHERE NOT EXISTS (
     SELECT 1 FROM readiness_answers AS p
     WHERE p.entity_ref = r.entity_ref AND p.question_id = r.question_id)`;

/** The trigger functions (named as 20261202030000_question_counts made them) and their changes. */
const functions = [
  [
    'readiness_answers_insert_counts',
    `${person('new_rows', 1)} UNION ALL ${hiddenEvidence('new_rows', -1)}`,
  ],
  [
    'readiness_answers_update_counts',
    `${person('old_rows', -1)} UNION ALL ${person('new_rows', 1)}`,
  ],
  [
    'readiness_answers_delete_counts',
    `${person('old_rows', -1)} UNION ALL ${hiddenEvidence('old_rows', 1)}`,
  ],
  ['readiness_evidence_insert_counts', shownEvidence('new_rows', 1)],
  [
    'readiness_evidence_update_counts',
    `${shownEvidence('old_rows', -1)} UNION ALL ${shownEvidence(
      'new_rows',
      1,
    )}`,
  ],
  ['readiness_evidence_delete_counts', shownEvidence('old_rows', -1)],
];

/**
 * @param {import('knex').Knex} knex
 * @param {boolean} slotted
 */
async function replaceFunctions(knex, slotted) {
  for (const [name, select] of functions) {
    await knex.raw(`CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${upsert(select, slotted)}; RETURN NULL; END $$`);
  }
}

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (knex.client.config.client !== 'pg') {
    return;
  }
  await knex.schema.alterTable(COUNTS, table => {
    table
      .smallint('slot')
      .notNullable()
      .defaultTo(0)
      .comment(
        `0 to ${SLOTS - 1}, by the entity's hash; readers sum the slots`,
      );
    table.dropPrimary();
    table.primary([...KEY, 'slot']);
  });
  await replaceFunctions(knex, true);
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  if (knex.client.config.client !== 'pg') {
    return;
  }
  await replaceFunctions(knex, false);
  // Every key's slots summed into slot 0, then the column goes.
  await knex.raw(`
    WITH summed AS (
      DELETE FROM ${COUNTS} RETURNING ${KEY.join(', ')}, answers
    )
    INSERT INTO ${COUNTS} (${KEY.join(', ')}, slot, answers)
    SELECT ${KEY.join(', ')}, 0, SUM(answers) FROM summed GROUP BY ${KEY.join(
    ', ',
  )}`);
  await knex.schema.alterTable(COUNTS, table => {
    table.dropPrimary();
    table.dropColumn('slot');
    table.primary(KEY);
  });
};
