import { ReadinessAnswer } from '@readiness/plugin-readiness-common';
import { answerEditorReducer, initialEditorState } from './answerEditorState';

const stored = (
  status: ReadinessAnswer['status'],
  note = '',
): ReadinessAnswer => ({
  entityRef: 'component:default/payments',
  questionId: 'q1',
  status,
  note,
  links: [],
  version: 1,
  answeredBy: 'user:default/alice',
  answeredAt: '2026-11-01T00:00:00.000Z',
  reviewedAt: '2026-11-01T00:00:00.000Z',
  stale: false,
  source: 'person',
});

describe('answerEditorReducer', () => {
  it('opens the form for N/A, which needs a reason, but not for the other answers', () => {
    const start = initialEditorState(undefined);
    expect(
      answerEditorReducer(start, { type: 'choose', status: 'yes' }),
    ).toMatchObject({ editing: false, draft: { status: 'yes' } });
    expect(
      answerEditorReducer(start, { type: 'choose', status: 'na' }),
    ).toMatchObject({ editing: true, draft: { status: 'na' } });
  });

  it('follows the stored answer only while the form is closed', () => {
    const closed = initialEditorState(stored('no'));
    expect(
      answerEditorReducer(closed, { type: 'stored', answer: stored('yes') })
        .draft.status,
    ).toBe('yes');
    const open = answerEditorReducer(
      answerEditorReducer(closed, { type: 'open' }),
      { type: 'edit', field: 'note', value: 'my words' },
    );
    const after = answerEditorReducer(open, {
      type: 'stored',
      answer: stored('yes', 'their words'),
    });
    expect(after.draft).toEqual({
      status: 'no',
      note: 'my words',
      links: '',
      expiresOn: '',
    });
  });

  it('keeps the form open with what was typed when a save fails', () => {
    const typed = answerEditorReducer(initialEditorState(undefined), {
      type: 'edit',
      field: 'links',
      value: 'https://runbook',
    });
    const failed = answerEditorReducer(
      answerEditorReducer(typed, { type: 'started' }),
      { type: 'failed', problem: { kind: 'conflict' }, keepOpen: true },
    );
    expect(failed).toMatchObject({
      editing: true,
      saving: false,
      problem: { kind: 'conflict' },
      draft: { links: 'https://runbook' },
    });
    expect(
      answerEditorReducer(failed, { type: 'cancel', answer: stored('yes') }),
    ).toEqual({
      draft: { status: 'yes', note: '', links: '', expiresOn: '' },
      editing: false,
      saving: false,
    });
  });
});
