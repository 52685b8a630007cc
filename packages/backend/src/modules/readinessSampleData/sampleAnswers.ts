import { AnswerStatus, Checklist } from '@readiness/plugin-readiness-common';

/** How far along a sample component is. */
export type SampleProfile = 'gold' | 'silver' | 'bronze' | 'capped' | 'started';

export interface SampleAnswer {
  questionId: string;
  status: AnswerStatus;
  note?: string;
  links?: string[];
  expectedVersion: number;
}

/** Cumulative shares of yes / partial / no / na; the rest stays unanswered. */
const MIX: Record<SampleProfile, [number, number, number, number]> = {
  gold: [0.93, 0.97, 0.97, 1],
  silver: [0.72, 0.86, 0.94, 1],
  bronze: [0.45, 0.62, 0.8, 0.84],
  capped: [0.85, 0.95, 0.97, 1],
  started: [0.12, 0.22, 0.3, 0.3],
};

/** Levels whose required questions a profile answers Yes. */
const REQUIRED_MET: Record<SampleProfile, string[]> = {
  gold: ['bronze', 'silver', 'gold'],
  silver: ['bronze', 'silver'],
  bronze: ['bronze'],
  capped: ['silver', 'gold'],
  started: [],
};

/** A stable number in [0, 1) from a string, so the sample data is the same on every start. */
function unitHash(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) / 4294967296;
}

/** Deterministic sample answers for one component, matching its profile. */
export function sampleAnswers(
  name: string,
  profile: SampleProfile,
  checklist: Checklist,
): SampleAnswer[] {
  const [yes, partial, no, na] = MIX[profile];
  const answers: SampleAnswer[] = [];
  for (const question of checklist.sections.flatMap(s => s.questions)) {
    const roll = unitHash(`${name}/${question.id}`);
    let status: AnswerStatus | undefined;
    if (question.requiredForLevel) {
      status = REQUIRED_MET[profile].includes(question.requiredForLevel)
        ? 'yes'
        : (roll < 0.5 && 'partial') || 'no';
    } else if (roll < yes) status = 'yes';
    else if (roll < partial) status = 'partial';
    else if (roll < no) status = 'no';
    else if (roll < na) status = 'na';
    if (!status) continue;
    answers.push({
      questionId: question.id,
      status,
      expectedVersion: 0,
      ...(status === 'na'
        ? { note: 'Does not apply: this component has no such part.' }
        : {}),
      ...(status === 'yes' && roll < 0.3
        ? {
            note: 'Documented in the team handbook.',
            links: [`https://wiki.example.com/${name}/${question.id}`],
          }
        : {}),
    });
  }
  return answers;
}
