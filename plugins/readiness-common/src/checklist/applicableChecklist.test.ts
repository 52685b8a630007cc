import { Checklist } from '../types';
import {
  applicableChecklist,
  checklistWithQuestions,
  questionApplies,
} from './applicableChecklist';
import { defaultChecklist, DEFAULT_LEVELS } from './defaultChecklist';
import { validateChecklist } from './validateChecklist';

const ids = (checklist: Checklist) =>
  checklist.sections.flatMap(s => s.questions.map(q => q.id));
const component = (type?: string) => ({
  kind: 'Component',
  spec: type ? { type } : {},
});

describe('applicableChecklist', () => {
  const checklist: Checklist = {
    id: 'c',
    title: 'C',
    appliesTo: [{ kind: 'Component' }, { kind: 'API' }],
    sections: [
      {
        id: 'all',
        title: 'All',
        questions: [
          { id: 'a1', text: 'a1', guidance: '', weight: 1 },
          {
            id: 'a2',
            text: 'a2',
            guidance: '',
            weight: 1,
            appliesTo: [{ kind: 'api' }],
          },
        ],
      },
      {
        id: 'running',
        title: 'Running',
        appliesTo: [{ kind: 'Component', types: ['service'] }],
        questions: [
          { id: 'r1', text: 'r1', guidance: '', weight: 1 },
          {
            id: 'r2',
            text: 'r2',
            guidance: '',
            weight: 1,
            // The question's own targets win over its section's.
            appliesTo: [{ kind: 'Component', types: ['service', 'library'] }],
          },
        ],
      },
    ],
  };

  it("keeps the questions whose (or whose section's) targets match, and the sections that keep one", () => {
    expect(ids(applicableChecklist(checklist, component('service')))).toEqual([
      'a1',
      'r1',
      'r2',
    ]);
    expect(ids(applicableChecklist(checklist, component('library')))).toEqual([
      'a1',
      'r2',
    ]);
    const forApi = applicableChecklist(checklist, { kind: 'API', spec: {} });
    expect(ids(forApi)).toEqual(['a1', 'a2']);
    expect(forApi.sections.map(s => s.id)).toEqual(['all']);
    expect(forApi.id).toBe('c');
    expect(ids(applicableChecklist(checklist, component()))).toEqual(['a1']);
    expect(
      questionApplies(
        checklist.sections[1],
        { appliesTo: undefined },
        component('tool'),
      ),
    ).toBe(false);
  });

  it('asks libraries no question about databases, web servers, credentials or what runs', () => {
    const all = ids(defaultChecklist);
    const service = ids(
      applicableChecklist(defaultChecklist, component('service')),
    );
    const website = ids(
      applicableChecklist(defaultChecklist, component('website')),
    );
    const library = ids(
      applicableChecklist(defaultChecklist, component('library')),
    );
    const tool = ids(applicableChecklist(defaultChecklist, component('tool')));
    expect(service).toEqual(all);
    expect(website).toEqual(all);
    expect(all).toHaveLength(56);
    expect(library).toHaveLength(20);
    expect(tool).toHaveLength(29);
    expect(library).not.toContain('databases.backups');
    expect(
      library.filter(id => /^(databases|web-servers|credentials)\./.test(id)),
    ).toEqual([]);
    expect(library).toContain('software-quality.backend-tests');
    expect(tool).toContain('credentials.environment');
    expect(tool).toContain('software-quality.logging');
    expect(tool).not.toContain('software-quality.monitoring');
    // A Bronze requirement about backups is not asked of a library at all.
    const backups = defaultChecklist.sections
      .flatMap(s => s.questions)
      .find(q => q.id === 'databases.backups');
    expect(backups?.requiredForLevel).toBe('bronze');
  });
});

describe('checklistWithQuestions', () => {
  it('rebuilds the checklist as asked of an entity from its question ids (what a checklistRef lists)', () => {
    const checklist = defaultChecklist;
    for (const entity of [
      { kind: 'Component', type: 'service' },
      { kind: 'Component', type: 'library' },
    ]) {
      const asked = applicableChecklist(checklist, entity);
      const askedIds = asked.sections.flatMap(s => s.questions.map(q => q.id));
      expect(checklistWithQuestions(checklist, askedIds)).toEqual(asked);
    }
  });

  it('drops sections left without a question', () => {
    const checklist = defaultChecklist;
    const first = checklist.sections[0].questions[0].id;
    const one = checklistWithQuestions(checklist, [first]);
    expect(one.sections).toHaveLength(1);
    expect(one.sections[0].questions.map(q => q.id)).toEqual([first]);
  });
});

describe('validateChecklist with targets', () => {
  it('names targets that could never match', () => {
    const base: Checklist = {
      id: 'c',
      title: 'C',
      appliesTo: [{ kind: 'Component' }],
      sections: [
        {
          id: 's',
          title: 'S',
          appliesTo: [],
          questions: [
            {
              id: 'q',
              text: 'Q',
              guidance: '',
              weight: 1,
              appliesTo: [{ kind: 'API' }, { kind: 'component', types: [] }],
            },
          ],
        },
      ],
    };
    expect(validateChecklist(base, DEFAULT_LEVELS, 'x')).toEqual([
      'x.sections[0].appliesTo must name at least one entity kind (leave it out to ask every entity of the checklist)',
      "x.sections[0].questions[0].appliesTo[0].kind 'API' is not a kind the checklist applies to (Component)",
      'x.sections[0].questions[0].appliesTo[1].types must name at least one type (leave it out for every type)',
    ]);
    expect(validateChecklist(defaultChecklist, DEFAULT_LEVELS)).toEqual([]);
  });
});
