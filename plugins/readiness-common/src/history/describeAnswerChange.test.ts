import { AnswerHistoryEntry } from '../types';
import { describeAnswerChange } from './describeAnswerChange';

const entry = (
  change: Partial<AnswerHistoryEntry>,
  previous?: AnswerHistoryEntry['previous'],
): AnswerHistoryEntry => ({
  id: 1,
  entityRef: 'component:default/a',
  questionId: 'q',
  version: 2,
  status: 'yes',
  links: [],
  changedBy: 'user:default/alice',
  changedAt: '2026-12-01T10:00:00Z',
  previous,
  ...change,
});
const yes = { status: 'yes' as const, links: [], version: 1 };

describe('describeAnswerChange', () => {
  it.each([
    ['a first answer', entry({}), 'Answered Yes'],
    ['a changed status', entry({ status: 'no' }, yes), 'Changed Yes → No'],
    ['the same answer again', entry({}, yes), 'Confirmed Yes still holds'],
    [
      'a note added',
      entry({ note: 'Runbook' }, yes),
      'Added a note; the answer stays Yes',
    ],
    [
      'a note changed',
      entry({ note: 'New' }, { ...yes, note: 'Old' }),
      'Changed the note; the answer stays Yes',
    ],
    [
      'a note removed and links added',
      entry({ links: ['https://x.example'] }, { ...yes, note: 'Old' }),
      'Removed the note and added evidence links; the answer stays Yes',
    ],
    [
      'links changed',
      entry(
        { links: ['https://b.example'] },
        { ...yes, links: ['https://a.example'] },
      ),
      'Changed the evidence links; the answer stays Yes',
    ],
    [
      'an approved exemption',
      entry(
        { status: 'na', approval: 'approved', decisionNote: 'Agreed' },
        { ...yes, status: 'na', approval: 'pending' },
      ),
      'Exemption approved',
    ],
    [
      'a rejected exemption',
      entry(
        { status: 'na', approval: 'rejected' },
        { ...yes, status: 'na', approval: 'pending' },
      ),
      'Exemption rejected',
    ],
    [
      'a pending exemption confirmed unchanged',
      entry(
        { status: 'na', approval: 'pending' },
        { ...yes, status: 'na', approval: 'pending' },
      ),
      'Confirmed N/A still holds',
    ],
    [
      'a cleared answer',
      entry({ status: 'cleared' }, { ...yes, status: 'partial' }),
      'Cleared Partial; the automatic answer applies',
    ],
  ])('describes %s', (_case, change, text) => {
    expect(describeAnswerChange(change)).toBe(text);
  });
});
