import { defaultChecklist } from '../checklist/defaultChecklist';
import { checklistWithQuestions } from '../checklist/applicableChecklist';
import type { EntityReadiness, ReadinessAnswer } from '../types';
import {
  readinessByReference,
  readinessFromReference,
} from './readinessByReference';

const entityRef = 'component:default/payments';
const questionIds = defaultChecklist.sections.flatMap(s =>
  s.questions.map(q => q.id),
);
const evidence = (questionId: string) => ({
  providerId: 'repository',
  providerTitle: 'Repository',
  status: 'yes' as const,
  note: `Found for ${questionId}.`,
  links: [`https://git.example.com/payments/${questionId}`],
  evaluatedAt: '2026-12-01T10:00:00.000Z',
});
const automatic = (questionId: string): ReadinessAnswer => ({
  entityRef,
  questionId,
  status: 'yes',
  note: `Found for ${questionId}.`,
  links: [`https://git.example.com/payments/${questionId}`],
  version: 0,
  answeredBy: 'evidence:repository',
  answeredAt: '2026-12-01T10:00:00.000Z',
  reviewedAt: '2026-12-01T10:00:00.000Z',
  stale: false,
  source: 'evidence',
  evidence: evidence(questionId),
});
const person = (
  questionId: string,
  more: Partial<ReadinessAnswer> = {},
): ReadinessAnswer => ({
  entityRef,
  questionId,
  status: 'partial',
  links: [],
  version: 3,
  answeredBy: 'user:default/alice',
  answeredAt: '2026-11-02T09:00:00.000Z',
  reviewedAt: '2026-11-02T09:00:00.000Z',
  stale: false,
  source: 'person',
  ...more,
});

/** Every kind of answer the tab shows, one per question in turn. */
const answers: ReadinessAnswer[] = [
  automatic(questionIds[0]),
  { ...automatic(questionIds[1]), stale: true },
  person(questionIds[2], { note: 'Half done.', links: ['https://x.test/a'] }),
  person(questionIds[3], {
    reviewedAt: '2026-10-01T09:00:00.000Z',
    stale: true,
    evidence: evidence(questionIds[3]),
  }),
  person(questionIds[4], {
    status: 'na',
    note: 'No front-end.',
    expiresAt: '2027-06-01T00:00:00.000Z',
    approval: 'pending',
    requestedBy: 'user:default/alice',
    beforeRequest: { status: 'no', reviewedAt: '2026-09-01T00:00:00.000Z' },
  }),
  person(questionIds[5], {
    answeredBy: 'user:default/bob',
    status: 'na',
    approval: 'rejected',
    decidedBy: 'user:default/carol',
    decidedAt: '2026-11-03T00:00:00.000Z',
    decisionNote: 'It applies.',
  }),
  // A version-0 answer its evidence does not fully say is sent whole.
  { ...automatic(questionIds[6]), note: 'Said otherwise.' },
];

const readiness = (asked: string[]): EntityReadiness => ({
  entityRef,
  checklistRef: { id: defaultChecklist.id, version: 'v1', questionIds: asked },
  assessment: 'assessed',
  counts: {
    questions: asked.length,
    answeredByPeople: 4,
    automatic: 2,
    open: 3,
    needsReview: 2,
  },
  checklist: checklistWithQuestions(defaultChecklist, asked),
  answers,
  orphanedAnswers: [person('retired.question', { note: 'Kept.' })],
  result: {
    score: 50,
    earned: 1,
    possible: 2,
    questions: asked.length,
    answered: 7,
    stale: 2,
    notApplicable: 0,
    level: null,
    cappedBy: [],
    nextLevel: null,
    sections: [],
    orphanedQuestionIds: ['retired.question'],
    nextStaleAt: null,
  } as unknown as EntityReadiness['result'],
  levels: [],
  reviewIntervalDays: 90,
  access: { canEdit: true, owners: ['group:default/team'], canApprove: false },
});

const compactOf = (
  full: EntityReadiness,
  options: { asksEveryQuestion: boolean; withAccess: boolean },
) =>
  readinessByReference(
    { ...full, checklistRef: full.checklistRef!, result: full.result! },
    options,
  );

describe('readinessByReference and readinessFromReference', () => {
  it('rebuild exactly the full form from the compact one, for every kind of answer', () => {
    const full = readiness(questionIds);
    const compact = compactOf(full, {
      asksEveryQuestion: true,
      withAccess: true,
    });
    // Through JSON, as it travels.
    const received = JSON.parse(JSON.stringify(compact));
    expect(readinessFromReference(received, defaultChecklist)).toEqual(full);
  });

  it('leaves out what the response already says', () => {
    const compact = compactOf(readiness(questionIds), {
      asksEveryQuestion: true,
      withAccess: true,
    });
    expect(compact).not.toHaveProperty('checklist');
    expect(compact.checklistRef).toEqual({
      id: defaultChecklist.id,
      version: 'v1',
    });
    expect(compact.providerTitles).toEqual({ repository: 'Repository' });
    expect(compact.answers[0]).toEqual({
      questionId: questionIds[0],
      evidence: {
        providerId: 'repository',
        status: 'yes',
        note: `Found for ${questionIds[0]}.`,
        links: [`https://git.example.com/payments/${questionIds[0]}`],
        evaluatedAt: '2026-12-01T10:00:00.000Z',
      },
    });
    expect(compact.answers[1]).toEqual(
      expect.objectContaining({ stale: true }),
    );
    // Alice gave most answers: named once, not in each of hers.
    expect(compact.answeredBy).toBe('user:default/alice');
    expect(compact.answers[2]).toEqual({
      questionId: questionIds[2],
      status: 'partial',
      note: 'Half done.',
      links: ['https://x.test/a'],
      version: 3,
      answeredAt: '2026-11-02T09:00:00.000Z',
    });
    // Bob's answer names him.
    expect(compact.answers[5]).toEqual(
      expect.objectContaining({ answeredBy: 'user:default/bob' }),
    );
    // Sent whole: its note is not its evidence's.
    expect(compact.answers[6]).toEqual(
      expect.objectContaining({ version: 0, note: 'Said otherwise.' }),
    );
  });

  it('names the questions asked when not all are, and rebuilds the checklist as asked', () => {
    const asked = questionIds.filter((_, i) => i % 3 === 0);
    const full = readiness(asked);
    const compact = compactOf(full, {
      asksEveryQuestion: false,
      withAccess: true,
    });
    expect(compact.checklistRef.questionIds).toEqual(asked);
    expect(readinessFromReference(compact, defaultChecklist)).toEqual(full);
  });

  it('without access, takes the access held from an earlier read, and says so when there is none', () => {
    const full = readiness(questionIds);
    const compact = compactOf(full, {
      asksEveryQuestion: true,
      withAccess: false,
    });
    expect(compact).not.toHaveProperty('access');
    const held = { canEdit: false, owners: ['group:default/team'] };
    expect(readinessFromReference(compact, defaultChecklist, held)).toEqual({
      ...full,
      access: held,
    });
    expect(() => readinessFromReference(compact, defaultChecklist)).toThrow(
      `The readiness of ${entityRef} came without access, and none is held`,
    );
  });
});
