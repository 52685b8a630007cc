import {
  AnswerStatus,
  defaultChecklist,
} from '@readiness/plugin-readiness-common';
import { sampleAnswers } from './sampleAnswers';

const questions = defaultChecklist.sections.flatMap(s => s.questions);
const DAY = 24 * 60 * 60 * 1000;

describe('sampleAnswers', () => {
  it('confirms some automatic answers, overrides some and leaves some automatic', () => {
    const automatic = new Map<string, AnswerStatus>(
      questions.map(q => [q.id, 'yes']),
    );
    const answers = sampleAnswers(
      'demo',
      'silver',
      defaultChecklist,
      automatic,
    );
    const confirmed = answers.filter(a => a.status === 'yes');
    const overridden = answers.filter(a => a.status === 'partial');
    expect(confirmed.length).toBeGreaterThan(0);
    expect(overridden.length).toBeGreaterThan(0);
    expect(answers.length).toBeLessThan(questions.length);
    expect(answers.every(a => a.expectedVersion === 0 && a.note)).toBe(true);
  });

  it('gives every N/A a reason', () => {
    const na = ['a', 'b', 'c', 'd', 'e'].flatMap(name =>
      sampleAnswers(name, 'gold', defaultChecklist).filter(
        a => a.status === 'na',
      ),
    );
    expect(na.length).toBeGreaterThan(0);
    expect(na.every(a => a.note && a.note.length > 10)).toBe(true);
  });

  it('backdates a few answers of the middle profiles past the review interval, never a required one', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const pastInterval = (a: { reviewedAt?: string }) =>
      Date.parse(a.reviewedAt!) <= now.getTime() - 180 * DAY;
    const stale = names.flatMap(name =>
      sampleAnswers(name, 'silver', defaultChecklist, new Map(), now).filter(
        pastInterval,
      ),
    );
    expect(stale.length).toBeGreaterThan(0);
    expect(new Set(stale.map(a => a.reviewedAt))).toEqual(
      new Set(['2026-05-15T00:00:00.000Z']),
    );
    const required = new Set(
      questions.filter(q => q.requiredForLevel).map(q => q.id),
    );
    expect(stale.some(a => required.has(a.questionId))).toBe(false);
    expect(
      names.flatMap(name =>
        sampleAnswers(name, 'gold', defaultChecklist, new Map(), now).filter(
          pastInterval,
        ),
      ),
    ).toEqual([]);
  });

  it('spreads the other reviews over the last 90 days, so the trends have a past', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const automatic = new Map<string, AnswerStatus>([[questions[0].id, 'yes']]);
    const answers = ['a', 'b', 'c'].flatMap(name =>
      sampleAnswers(name, 'gold', defaultChecklist, automatic, now),
    );
    const daysAgo = answers.map(
      a => (now.getTime() - Date.parse(a.reviewedAt!)) / DAY,
    );
    expect(daysAgo.every(d => Number.isInteger(d) && d >= 1 && d < 90)).toBe(
      true,
    );
    // Spread, not bunched: some in each month.
    expect(daysAgo.some(d => d < 30)).toBe(true);
    expect(daysAgo.some(d => d >= 30 && d < 60)).toBe(true);
    expect(daysAgo.some(d => d >= 60)).toBe(true);
  });

  it('is the same on every start', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(
      sampleAnswers('x', 'bronze', defaultChecklist, new Map(), now),
    ).toEqual(sampleAnswers('x', 'bronze', defaultChecklist, new Map(), now));
  });
});
