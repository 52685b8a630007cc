import { answerSnapshot } from './answerSnapshot';

describe('answerSnapshot', () => {
  it('keeps what the answer said and leaves an empty note out', () => {
    expect(
      answerSnapshot({
        status: 'yes',
        note: '',
        links: ['https://a'],
        version: 3,
      }),
    ).toEqual({ status: 'yes', links: ['https://a'], version: 3 });
    expect(
      answerSnapshot({ status: 'na', note: 'No UI', links: [], version: 1 }),
    ).toEqual({ status: 'na', note: 'No UI', links: [], version: 1 });
  });

  it('does not carry the fields a stored answer has beyond the snapshot', () => {
    const stored = {
      status: 'no' as const,
      links: [],
      version: 2,
      answeredBy: 'user:default/alice',
    };
    expect(Object.keys(answerSnapshot(stored)).sort()).toEqual([
      'links',
      'status',
      'version',
    ]);
  });
});
