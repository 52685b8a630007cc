import { Knex } from 'knex';
import { applyPopulation, applySubjectFilters } from '../applySubjectFilters';
import { SubjectFilters } from '../ReadinessStore';
import { StoredExemption } from '../ReviewStore';
import { ANSWERS, SCORES } from '../tables';
import { num } from './reviewColumns';

/* The exemptions the review lists: waiting for approval, and expiring soon. */

export async function listExemptions(
  db: Knex,
  options: {
    filters: SubjectFilters;
    now: string;
    expiringBy: string;
    limit: number;
  },
) {
  const base = () => {
    const query = db(`${ANSWERS} as a`)
      .join(`${SCORES} as s`, 's.entity_ref', 'a.entity_ref')
      .where('a.status', 'na');
    applySubjectFilters(query, options.filters, 's.');
    applyPopulation(query, options.filters, 's.');
    return query;
  };
  const page = async (
    filtered: Knex.QueryBuilder,
    orderBy: string,
  ): Promise<{ items: StoredExemption[]; totalCount: number }> => {
    const [rows, [{ total }]] = await Promise.all([
      filtered
        .clone()
        .select(
          'a.entity_ref',
          's.title',
          's.owner',
          's.checklist_id',
          'a.question_id',
          'a.note',
          'a.answered_by',
          'a.answered_at',
          'a.expires_at',
          'a.approval',
          'a.version',
        )
        .orderBy([orderBy, 'a.entity_ref', 'a.question_id'])
        .limit(options.limit),
      filtered.clone().count({ total: '*' }),
    ]);
    return {
      totalCount: num(total),
      items: rows.map((row: Record<string, any>) => ({
        entityRef: row.entity_ref,
        ...(row.title ? { title: row.title } : {}),
        ...(row.owner ? { owner: row.owner } : {}),
        checklistId: row.checklist_id,
        questionId: row.question_id,
        ...(row.note ? { note: row.note } : {}),
        answeredBy: row.answered_by,
        answeredAt: row.answered_at,
        ...(row.expires_at ? { expiresAt: row.expires_at } : {}),
        ...(row.approval ? { approval: row.approval } : {}),
        version: Number(row.version),
      })),
    };
  };
  const [pending, expiring] = await Promise.all([
    page(base().where('a.approval', 'pending'), 'a.answered_at'),
    page(
      base()
        .where('a.expires_at', '>', options.now)
        .where('a.expires_at', '<=', options.expiringBy),
      'a.expires_at',
    ),
  ]);
  return { pending, expiring };
}
