// @ts-check

/*
 * The review's per-question figures over every entity counted 3.8 million answers at 100,000
 * entities (about 400 ms on PostgreSQL). readiness_question_counts holds those counts per
 * question, status, source and day of the last review (person answers) or evaluation
 * (automatic answers), kept by triggers in the same transaction as every write, so no write
 * path can miss it. An automatic answer is counted only while no person answer to the same
 * question exists, as the scores count it. The indexes on the review times let the report count
 * exactly the one day on which answers turn stale.
 */

const COUNTS = 'readiness_question_counts';

/**
 * Adds `delta` per (question, status, source, day) of the selected rows, in key order so that
 * concurrent writers take the counts' row locks in the same order.
 * @param {string} select
 */
const upsert = select => `
  INSERT INTO ${COUNTS} (question_id, status, source, day, answers)
  SELECT question_id, status, source, day, SUM(delta) FROM (${select}) AS changes
  WHERE true
  GROUP BY question_id, status, source, day
  ORDER BY question_id, status, source, day
  ON CONFLICT (question_id, status, source, day)
  DO UPDATE SET answers = ${COUNTS}.answers + excluded.answers`;

/**
 * @param {string} rows
 * @param {number} delta
 */
const person = (rows, delta) =>
  `SELECT question_id, status, 'person' AS source, substr(reviewed_at, 1, 10) AS day, ${delta} AS delta FROM ${rows}`;
/**
 * The automatic answers of the given person answers' questions (which those answers hide).
 * @param {string} rows
 * @param {number} delta
 */
const hiddenEvidence = (rows, delta) =>
  `SELECT e.question_id, e.status, 'evidence' AS source, substr(e.evaluated_at, 1, 10) AS day, ${delta} AS delta
   FROM ${rows} AS r JOIN readiness_evidence AS e
   ON e.entity_ref = r.entity_ref AND e.question_id = r.question_id`;
/**
 * Automatic answers that no person answer hides.
 * @param {string} rows
 * @param {number} delta
 */
const shownEvidence = (rows, delta) =>
  `SELECT r.question_id, r.status, 'evidence' AS source, substr(r.evaluated_at, 1, 10) AS day, ${delta} AS delta
   FROM ${rows} AS r WHERE NOT EXISTS (
     SELECT 1 FROM readiness_answers AS p
     WHERE p.entity_ref = r.entity_ref AND p.question_id = r.question_id)`;

/** Statement triggers over transition tables on PostgreSQL: one upsert per write statement. */
const postgresTriggers = [
  [
    'readiness_answers',
    'INSERT',
    'REFERENCING NEW TABLE AS new_rows',
    `${person('new_rows', 1)} UNION ALL ${hiddenEvidence('new_rows', -1)}`,
  ],
  [
    'readiness_answers',
    'UPDATE',
    'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows',
    `${person('old_rows', -1)} UNION ALL ${person('new_rows', 1)}`,
  ],
  [
    'readiness_answers',
    'DELETE',
    'REFERENCING OLD TABLE AS old_rows',
    `${person('old_rows', -1)} UNION ALL ${hiddenEvidence('old_rows', 1)}`,
  ],
  [
    'readiness_evidence',
    'INSERT',
    'REFERENCING NEW TABLE AS new_rows',
    shownEvidence('new_rows', 1),
  ],
  [
    'readiness_evidence',
    'UPDATE',
    'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows',
    `${shownEvidence('old_rows', -1)} UNION ALL ${shownEvidence(
      'new_rows',
      1,
    )}`,
  ],
  [
    'readiness_evidence',
    'DELETE',
    'REFERENCING OLD TABLE AS old_rows',
    shownEvidence('old_rows', -1),
  ],
];

/** Row triggers on SQLite, where OLD and NEW are single rows. */
const sqliteTriggers = [
  [
    'readiness_answers',
    'INSERT',
    `${person(
      '(SELECT NEW.question_id AS question_id, NEW.status AS status, NEW.reviewed_at AS reviewed_at)',
      1,
    )} UNION ALL ${hiddenEvidence(
      '(SELECT NEW.entity_ref AS entity_ref, NEW.question_id AS question_id)',
      -1,
    )}`,
  ],
  [
    'readiness_answers',
    'UPDATE',
    `${person(
      '(SELECT OLD.question_id AS question_id, OLD.status AS status, OLD.reviewed_at AS reviewed_at)',
      -1,
    )} UNION ALL ${person(
      '(SELECT NEW.question_id AS question_id, NEW.status AS status, NEW.reviewed_at AS reviewed_at)',
      1,
    )}`,
  ],
  [
    'readiness_answers',
    'DELETE',
    `${person(
      '(SELECT OLD.question_id AS question_id, OLD.status AS status, OLD.reviewed_at AS reviewed_at)',
      -1,
    )} UNION ALL ${hiddenEvidence(
      '(SELECT OLD.entity_ref AS entity_ref, OLD.question_id AS question_id)',
      1,
    )}`,
  ],
  [
    'readiness_evidence',
    'INSERT',
    shownEvidence(
      '(SELECT NEW.entity_ref AS entity_ref, NEW.question_id AS question_id, NEW.status AS status, NEW.evaluated_at AS evaluated_at)',
      1,
    ),
  ],
  [
    'readiness_evidence',
    'UPDATE',
    `${shownEvidence(
      '(SELECT OLD.entity_ref AS entity_ref, OLD.question_id AS question_id, OLD.status AS status, OLD.evaluated_at AS evaluated_at)',
      -1,
    )} UNION ALL ${shownEvidence(
      '(SELECT NEW.entity_ref AS entity_ref, NEW.question_id AS question_id, NEW.status AS status, NEW.evaluated_at AS evaluated_at)',
      1,
    )}`,
  ],
  [
    'readiness_evidence',
    'DELETE',
    shownEvidence(
      '(SELECT OLD.entity_ref AS entity_ref, OLD.question_id AS question_id, OLD.status AS status, OLD.evaluated_at AS evaluated_at)',
      -1,
    ),
  ],
];

/**
 * @param {string} table
 * @param {string} event
 */
const triggerName = (table, event) => `${table}_${event.toLowerCase()}_counts`;

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(COUNTS, table => {
    table.comment(
      'Answers per question, status, source and review day, kept by triggers for the review',
    );
    table.string('question_id', 200).notNullable();
    table.string('status', 16).notNullable();
    table.string('source', 8).notNullable().comment('person or evidence');
    table
      .string('day', 10)
      .notNullable()
      .comment('YYYY-MM-DD of reviewed_at (person) or evaluated_at (evidence)');
    table.integer('answers').notNullable();
    table.primary(['question_id', 'status', 'source', 'day']);
  });
  await knex.schema.alterTable('readiness_answers', table => {
    table.index(['reviewed_at'], 'readiness_answers_reviewed_idx');
  });
  await knex.schema.alterTable('readiness_evidence', table => {
    table.index(['evaluated_at'], 'readiness_evidence_evaluated_idx');
  });

  if (knex.client.config.client === 'pg') {
    for (const [table, event, referencing, select] of postgresTriggers) {
      const name = triggerName(table, event);
      await knex.raw(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN ${upsert(select)}; RETURN NULL; END $$`);
      await knex.raw(`CREATE TRIGGER ${name} AFTER ${event} ON ${table}
        ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    }
  } else {
    for (const [table, event, select] of sqliteTriggers) {
      await knex.raw(`CREATE TRIGGER ${triggerName(
        table,
        event,
      )} AFTER ${event} ON ${table}
        FOR EACH ROW BEGIN ${upsert(select)}; END`);
    }
  }

  // The counts of the answers already there.
  await knex.raw(
    upsert(
      `${person('readiness_answers', 1)} UNION ALL ${shownEvidence(
        'readiness_evidence',
        1,
      )}`,
    ),
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  const pg = knex.client.config.client === 'pg';
  for (const [table, event] of postgresTriggers) {
    const name = triggerName(table, event);
    await knex.raw(`DROP TRIGGER ${name}${pg ? ` ON ${table}` : ''}`);
    if (pg) {
      await knex.raw(`DROP FUNCTION ${name}()`);
    }
  }
  await knex.schema.alterTable('readiness_evidence', table => {
    table.dropIndex(['evaluated_at'], 'readiness_evidence_evaluated_idx');
  });
  await knex.schema.alterTable('readiness_answers', table => {
    table.dropIndex(['reviewed_at'], 'readiness_answers_reviewed_idx');
  });
  await knex.schema.dropTable(COUNTS);
};
