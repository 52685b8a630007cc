import { api } from '../caller';

/** What production sends: JSON without the indentation a development backend adds. */
export const compactBytes = (body: string) =>
  body ? Buffer.byteLength(JSON.stringify(JSON.parse(body))) : 0;

/**
 * One entity's response with the default checklist fully answered: every question a person
 * has not answered yet gets an answer with a one-line note (as the reliability service, a
 * listed writer), then both forms are read. Returns their sizes as production sends them.
 */
export async function fullyAnsweredSizes(options: {
  base: string;
  entityName: string;
  checklistId: string;
  questionIds: string[];
}) {
  const { base, entityName, checklistId, questionIds } = options;
  const path = `/api/readiness/entities/component/default/${entityName}`;
  const before = await api(base, 'GET', path);
  const answered = new Set(
    (before.body.answers as { questionId: string; version: number }[])
      .filter(a => a.version > 0)
      .map(a => a.questionId),
  );
  const open = questionIds.filter(id => !answered.has(id));
  for (let i = 0; i < open.length; i += 20) {
    const res = await api(base, 'POST', `${path}/answers`, {
      checklistId,
      answers: open.slice(i, i + 20).map((questionId, n) => ({
        questionId,
        status: n % 7 === 3 ? 'partial' : 'yes',
        note: 'Described in the service handbook, section 2.',
        expectedVersion: 0,
      })),
    });
    if (res.status !== 200) {
      throw new Error(`answering ${entityName}: ${res.status}`);
    }
  }
  // Parsed and serialised again: the size production sends (no indentation).
  const read = async (query: string) =>
    JSON.stringify((await api(base, 'GET', `${path}${query}`)).body);
  const full = await read('');
  const byReference = await read('?checklist=reference');
  const { counts } = JSON.parse(full);
  return {
    answeredByPeople: counts.answeredByPeople as number,
    questions: counts.questions as number,
    fullKB: Buffer.byteLength(full) / 1024,
    byReferenceKB: Buffer.byteLength(byReference) / 1024,
  };
}
