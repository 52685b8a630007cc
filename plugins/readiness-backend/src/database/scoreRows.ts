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

export const SUMMARY_COLUMNS: (keyof ScoreRow)[] = [
  'entity_ref',
  'kind',
  'entity_type',
  'owner',
  'system',
  'domain',
  'lifecycle',
  'title',
  'checklist_id',
  'score',
  'level',
  'level_rank',
  'questions',
  'answered',
  'automatic',
  'assessment',
  'stale',
  'not_applicable',
  'updated_at',
];

// Built by hand rather than through toScore: this runs for every row of a bulk read.
export const toSummary = (row: ScoreRow): ScoreSummary => {
  const summary: ScoreSummary = {
    entityRef: row.entity_ref,
    kind: row.kind,
    checklistId: row.checklist_id,
    score: row.score === null ? null : Number(row.score),
    level: row.level,
    levelRank: Number(row.level_rank),
    questions: Number(row.questions),
    answered: Number(row.answered),
    automatic: Number(row.automatic),
    assessment: row.assessment as AssessmentState,
    stale: Number(row.stale),
    notApplicable: Number(row.not_applicable),
    updatedAt: row.updated_at,
  };
  if (row.entity_type !== null) summary.entityType = row.entity_type;
  if (row.owner !== null) summary.owner = row.owner;
  if (row.system !== null) summary.system = row.system;
  if (row.domain !== null) summary.domain = row.domain;
  if (row.lifecycle !== null) summary.lifecycle = row.lifecycle;
  if (row.title !== null) summary.title = row.title;
  return summary;
};

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
