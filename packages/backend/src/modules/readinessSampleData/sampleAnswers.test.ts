import {
  AnswerStatus,
  defaultChecklist,
} from '@readiness/plugin-readiness-common';
import { sampleAnswers } from './sampleAnswers';

const questions = defaultChecklist.sections.flatMap(s => s.questions);

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

  it('is the same on every start', () => {
    expect(sampleAnswers('x', 'bronze', defaultChecklist)).toEqual(
      sampleAnswers('x', 'bronze', defaultChecklist),
    );
  });
});
