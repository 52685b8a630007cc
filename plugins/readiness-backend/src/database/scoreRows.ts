import { AssessmentState } from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import {
  ScoreFigures,
  ScoreSubject,
  ScoreSummary,
  SectionFigures,
  StoredScore,
} from './ReadinessStore';
import { SCORES, SECTION_SCORES } from './tables';

/*
 * The stored score rows (readiness_scores and readiness_section_scores): their shape and how
 * they are read and written, shared by the stores that write scores.
 */

/** A row of readiness_scores. */
export type ScoreRow = {
  entity_ref: string;
  kind: string;
  namespace: string;
  name: string;
  entity_type: string | null;
  owner: string | null;
  system: string | null;
  domain: string | null;
  lifecycle: string | null;
  title: string | null;
  checklist_id: string;
  checklist_hash: string;
  score: number | string | null;
  level: string | null;
  level_rank: number;
  earned: number | string;
  possible: number | string;
  questions: number;
  answered: number;
  automatic: number;
  assessment: string;
  stale: number;
  not_applicable: number;
  next_stale_at: string | null;
  orphaned?: number;
  updated_at: string;
  scored_at: string;
  seen_at?: string | null;
  removed_at?: string | null;
};

const optional = <T>(value: T | null): T | undefined =>
  value === null ? undefined : value;

export const toScore = (row: ScoreRow): StoredScore => ({
  entityRef: row.entity_ref,
  kind: row.kind,
  namespace: row.namespace,
  name: row.name,
  entityType: optional(row.entity_type),
  owner: optional(row.owner),
  system: optional(row.system),
  domain: optional(row.domain),
  lifecycle: optional(row.lifecycle),
  title: optional(row.title),
  checklistId: row.checklist_id,
  checklistHash: row.checklist_hash,
  score: row.score === null ? null : Number(row.score),
  level: row.level,
  levelRank: Number(row.level_rank),
  earned: Number(row.earned),
  possible: Number(row.possible),
  questions: Number(row.questions),
  answered: Number(row.answered),
  automatic: Number(row.automatic),
  assessment: row.assessment as AssessmentState,
  stale: Number(row.stale),
  notApplicable: Number(row.not_applicable),
  nextStaleAt: row.next_stale_at,
  updatedAt: row.updated_at,
  scoredAt: row.scored_at,
});

const nullable = (value: number | string | null) =>
  value === null ? null : Number(value);

/**
 * Each field of a bulk score, with the column it comes from and how it is read: what a caller
 * may ask for with `fields`, so a bulk reader receives only what it uses.
 */
const SCORE_FIELD_COLUMNS: {
  [F in keyof ScoreSummary]-?: {
    column: keyof ScoreRow;
    read: (row: ScoreRow) => ScoreSummary[F];
  };
} = {
  entityRef: { column: 'entity_ref', read: r => r.entity_ref },
  kind: { column: 'kind', read: r => r.kind },
  entityType: { column: 'entity_type', read: r => optional(r.entity_type) },
  owner: { column: 'owner', read: r => optional(r.owner) },
  system: { column: 'system', read: r => optional(r.system) },
  domain: { column: 'domain', read: r => optional(r.domain) },
  lifecycle: { column: 'lifecycle', read: r => optional(r.lifecycle) },
  title: { column: 'title', read: r => optional(r.title) },
  checklistId: { column: 'checklist_id', read: r => r.checklist_id },
  score: { column: 'score', read: r => nullable(r.score) },
  level: { column: 'level', read: r => r.level },
  levelRank: { column: 'level_rank', read: r => Number(r.level_rank) },
  questions: { column: 'questions', read: r => Number(r.questions) },
  answered: { column: 'answered', read: r => Number(r.answered) },
  automatic: { column: 'automatic', read: r => Number(r.automatic) },
  assessment: {
    column: 'assessment',
    read: r => r.assessment as AssessmentState,
  },
  stale: { column: 'stale', read: r => Number(r.stale) },
  notApplicable: {
    column: 'not_applicable',
    read: r => Number(r.not_applicable),
  },
  updatedAt: { column: 'updated_at', read: r => r.updated_at },
};

/** The fields of a bulk score, in the order the API documents them. */
export const SCORE_FIELDS = Object.keys(
  SCORE_FIELD_COLUMNS,
) as (keyof ScoreSummary)[];

/** A bulk score with some of its fields; the entity ref is always there. */
export type PartialScoreSummary = Partial<ScoreSummary> &
  Pick<ScoreSummary, 'entityRef'>;

/** The columns of every field. */
const SUMMARY_COLUMNS = SCORE_FIELDS.map(f => SCORE_FIELD_COLUMNS[f].column);

/** The columns to read for `fields` (every summary column when none are named). */
export function columnsOfFields(fields?: (keyof ScoreSummary)[]) {
  if (!fields) {
    return SUMMARY_COLUMNS;
  }
  return [
    ...new Set([
      'entity_ref' as const,
      ...fields.map(f => SCORE_FIELD_COLUMNS[f].column),
    ]),
  ];
}

/**
 * Turns rows into bulk scores holding `fields` only (all of them when none are named); a
 * property the catalog has no value for is left out.
 */
export function summaryReader(
  fields: (keyof ScoreSummary)[] = SCORE_FIELDS,
): (row: ScoreRow) => PartialScoreSummary {
  const picked = [...new Set(fields)].filter(f => f !== 'entityRef');
  return row => {
    const item: Record<string, unknown> = { entityRef: row.entity_ref };
    for (const field of picked) {
      const value = SCORE_FIELD_COLUMNS[field].read(row);
      if (value !== undefined) {
        item[field] = value;
      }
    }
    return item as PartialScoreSummary;
  };
}

/** The row for a subject's figures. */
export function scoreRowOf(
  subject: ScoreSubject,
  figures: ScoreFigures,
  updatedAt: string,
  scoredAt: string,
): ScoreRow {
  return {
    entity_ref: subject.entityRef,
    kind: subject.kind.toLocaleLowerCase('en-US'),
    namespace: subject.namespace,
    name: subject.name,
    entity_type: subject.entityType ?? null,
    owner: subject.owner ?? null,
    system: subject.system ?? null,
    domain: subject.domain ?? null,
    lifecycle: subject.lifecycle ?? null,
    title: subject.title ?? null,
    checklist_id: figures.checklistId,
    checklist_hash: figures.checklistHash,
    score: figures.score,
    level: figures.level,
    level_rank: figures.levelRank,
    earned: figures.earned,
    possible: figures.possible,
    questions: figures.questions,
    answered: figures.answered,
    automatic: figures.automatic,
    assessment: figures.assessment,
    stale: figures.stale,
    not_applicable: figures.notApplicable,
    next_stale_at: figures.nextStaleAt,
    orphaned: figures.orphaned,
    updated_at: updatedAt,
    scored_at: scoredAt,
  };
}

/** Upserts score rows and replaces their section scores, inside the caller's transaction. */
export async function saveScoreRows(
  trx: Knex.Transaction,
  scores: { row: ScoreRow; sections: SectionFigures[] }[],
) {
  if (scores.length === 0) {
    return;
  }
  const refs = scores.map(s => s.row.entity_ref);
  // Batches stay below SQLite's limit of bound parameters per statement.
  for (let i = 0; i < scores.length; i += 100) {
    await trx(SCORES)
      .insert(scores.slice(i, i + 100).map(s => s.row))
      .onConflict('entity_ref')
      .merge();
  }
  for (let i = 0; i < refs.length; i += 500) {
    await trx(SECTION_SCORES)
      .whereIn('entity_ref', refs.slice(i, i + 500))
      .delete();
  }
  const sections = scores.flatMap(({ row, sections: cells }) =>
    cells.map(section => ({
      entity_ref: row.entity_ref,
      section_id: section.sectionId,
      score: section.score,
      earned: section.earned,
      possible: section.possible,
    })),
  );
  for (let i = 0; i < sections.length; i += 150) {
    await trx(SECTION_SCORES).insert(sections.slice(i, i + 150));
  }
}
