import {
  Campaign,
  Checklist,
  ReadinessLevel,
  questionApplies,
} from '@readiness/plugin-readiness-common';
import { SubjectCount } from '../ReviewStore';
import { ANSWERS, EVIDENCE } from '../tables';

/** A SQL condition with its bindings, on the scores table aliased `s`. */
export type SqlCondition = { sql: string; bindings: (string | number)[] };

/**
 * Which stored subjects a campaign concerns (beyond its scope filters) and which of them meet
 * its target, as SQL conditions, so the campaign page, the team figures, the entity list and the
 * entity tab all count with the same rule.
 */
export type CampaignConditions = {
  concerned: SqlCondition;
  /** Whether a subject meets the target, with a lookup per subject: for one entity. */
  met: SqlCondition;
  /**
   * The same rule for many subjects at once: `met` over the derived tables the `joins` add
   * (each a LEFT JOIN of the fresh Yes counts per entity), so the answers are read once per
   * query, not once per subject.
   */
  bulk: { joins: SqlCondition[]; met: SqlCondition };
};

const placeholders = (values: string[]) => values.map(() => '?').join(', ');

/**
 * How many of the questions have a fresh Yes as the entity's answer: a person's answer, or the
 * automatic one where no person answered (the rule of `automaticAnswersNotOverridden`).
 */
function freshYesCount(
  questionIds: string[],
  freshSince: string,
): SqlCondition {
  const ids = placeholders(questionIds);
  return {
    sql:
      `((SELECT COUNT(*) FROM ${ANSWERS} a WHERE a.entity_ref = s.entity_ref` +
      ` AND a.question_id IN (${ids}) AND a.status = 'yes' AND a.reviewed_at > ?)` +
      ` + (SELECT COUNT(*) FROM ${EVIDENCE} e WHERE e.entity_ref = s.entity_ref` +
      ` AND e.question_id IN (${ids}) AND e.status = 'yes' AND e.evaluated_at > ?` +
      ` AND NOT EXISTS (SELECT 1 FROM ${ANSWERS} p WHERE p.entity_ref = e.entity_ref` +
      ` AND p.question_id = e.question_id)))`,
    bindings: [...questionIds, freshSince, ...questionIds, freshSince],
  };
}

/**
 * The same count for every entity at once: a LEFT JOIN of (entity_ref, yes) aliased `alias`.
 * The answers' (question_id, status, reviewed_at) index finds the person answers.
 */
function freshYesJoin(
  questionIds: string[],
  freshSince: string,
  alias: string,
): SqlCondition {
  const ids = placeholders(questionIds);
  return {
    sql:
      `LEFT JOIN (SELECT y.entity_ref, COUNT(*) AS yes FROM (` +
      `SELECT a.entity_ref FROM ${ANSWERS} a WHERE a.question_id IN (${ids})` +
      ` AND a.status = 'yes' AND a.reviewed_at > ?` +
      ` UNION ALL SELECT e.entity_ref FROM ${EVIDENCE} e WHERE e.question_id IN (${ids})` +
      ` AND e.status = 'yes' AND e.evaluated_at > ?` +
      ` AND NOT EXISTS (SELECT 1 FROM ${ANSWERS} p WHERE p.entity_ref = e.entity_ref` +
      ` AND p.question_id = e.question_id)) y GROUP BY y.entity_ref) ${alias}` +
      ` ON ${alias}.entity_ref = s.entity_ref`,
    bindings: [...questionIds, freshSince, ...questionIds, freshSince],
  };
}

const subjectKind = (combo: SubjectCount): SqlCondition =>
  combo.entityType === null
    ? {
        sql: '(s.checklist_id = ? AND s.kind = ? AND s.entity_type IS NULL)',
        bindings: [combo.checklistId, combo.kind],
      }
    : {
        sql: '(s.checklist_id = ? AND s.kind = ? AND s.entity_type = ?)',
        bindings: [combo.checklistId, combo.kind, combo.entityType],
      };

const anyOf = (conditions: SqlCondition[]): SqlCondition =>
  conditions.length === 0
    ? { sql: '1 = 0', bindings: [] }
    : {
        sql: `(${conditions.map(c => c.sql).join(' OR ')})`,
        bindings: conditions.flatMap(c => c.bindings),
      };

/**
 * The conditions of one campaign. A level target concerns every subject in scope and is met at
 * that level or above. A question target concerns the subjects whose checklist asks at least
 * one of its questions, and is met when every one of those asked of the subject is a fresh Yes;
 * `subjectKinds` (the stored checklist, kind and type combinations) say which are asked of whom.
 */
export function campaignConditions(
  campaign: Pick<Campaign, 'target'>,
  context: {
    levels: ReadinessLevel[];
    checklists: Checklist[];
    subjectKinds: SubjectCount[];
    /** Answers reviewed after this time (ISO 8601) are fresh. */
    freshSince: string;
  },
  /** Prefix of the derived tables' aliases, unique per campaign within one query. */
  alias = 'y',
): CampaignConditions {
  const { target } = campaign;
  if ('level' in target) {
    const met = {
      sql: 's.level_rank >= ?',
      bindings: [context.levels.findIndex(l => l.id === target.level)],
    };
    return {
      concerned: { sql: '1 = 1', bindings: [] },
      met,
      bulk: { joins: [], met },
    };
  }
  const byAsked = new Map<string, { asked: string[]; kinds: SubjectCount[] }>();
  for (const combo of context.subjectKinds) {
    const checklist = context.checklists.find(c => c.id === combo.checklistId);
    const subject = {
      kind: combo.kind,
      spec: { type: combo.entityType ?? undefined },
    };
    const asked = target.questionIds.filter(id =>
      checklist?.sections.some(section =>
        section.questions.some(
          q => q.id === id && questionApplies(section, q, subject),
        ),
      ),
    );
    if (asked.length === 0) {
      continue;
    }
    const key = asked.join('\n');
    const group = byAsked.get(key) ?? { asked, kinds: [] };
    group.kinds.push(combo);
    byAsked.set(key, group);
  }
  const groups = [...byAsked.values()].map(({ asked, kinds }, i) => {
    const kindMatch = anyOf(kinds.map(subjectKind));
    const count = freshYesCount(asked, context.freshSince);
    const joined = `${alias}_${i}`;
    return {
      kindMatch,
      met: {
        sql: `(${kindMatch.sql} AND ${count.sql} >= ?)`,
        bindings: [...kindMatch.bindings, ...count.bindings, asked.length],
      },
      join: freshYesJoin(asked, context.freshSince, joined),
      bulkMet: {
        sql: `(${kindMatch.sql} AND COALESCE(${joined}.yes, 0) >= ?)`,
        bindings: [...kindMatch.bindings, asked.length],
      },
    };
  });
  return {
    concerned: anyOf(groups.map(g => g.kindMatch)),
    met: anyOf(groups.map(g => g.met)),
    bulk: {
      joins: groups.map(g => g.join),
      met: anyOf(groups.map(g => g.bulkMet)),
    },
  };
}
