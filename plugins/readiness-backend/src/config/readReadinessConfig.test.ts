import { ConfigReader } from '@backstage/config';
import { DEFAULT_LEVELS } from '@readiness/plugin-readiness-common';
import fs from 'fs';
import { resolve } from 'path';
import { parse } from 'yaml';
import { readReadinessConfig } from './readReadinessConfig';

const read = (readiness: object) =>
  readReadinessConfig(new ConfigReader({ readiness }));

const questionIds = (
  config: ReturnType<typeof readReadinessConfig>,
  id: string,
) =>
  config.checklists
    .find(c => c.id === id)!
    .sections.flatMap(s => s.questions.map(q => q.id));

describe('readReadinessConfig', () => {
  it('reads a colour per level', () => {
    const config = readReadinessConfig(
      new ConfigReader({
        readiness: {
          levels: [
            { id: 'bronze', title: 'Bronze', minScore: 40, color: '#aa5500' },
            { id: 'gold', title: 'Gold', minScore: 90 },
          ],
        },
      }),
    );
    expect(config.levels).toEqual([
      { id: 'bronze', title: 'Bronze', minScore: 40, color: '#aa5500' },
      { id: 'gold', title: 'Gold', minScore: 90 },
    ]);
  });

  it('defaults to the built-in checklist, levels and interval', () => {
    const config = readReadinessConfig(new ConfigReader({}));
    expect(config.checklists.map(c => c.id)).toEqual(['backend-project']);
    expect(config.levels).toEqual(DEFAULT_LEVELS);
    expect(config.reviewIntervalDays).toBe(180);
    expect(config.refreshFrequencyMinutes).toBe(60);
  });

  it('adds checklists before the built-in one and retargets it', () => {
    const config = read({
      defaultChecklist: {
        appliesTo: [{ kind: 'Component', types: ['service'] }],
      },
      checklists: [
        {
          id: 'libraries',
          title: 'Libraries',
          appliesTo: [{ kind: 'Component', types: ['library'] }],
          sections: [
            {
              id: 'release',
              title: 'Release',
              questions: [{ id: 'release.semver', text: 'Semver?' }],
            },
          ],
        },
      ],
    });
    expect(config.checklists.map(c => c.id)).toEqual([
      'libraries',
      'backend-project',
    ]);
    expect(config.checklists[1].appliesTo).toEqual([
      { kind: 'Component', types: ['service'] },
    ]);
    expect(config.checklists[0].sections[0].questions[0]).toEqual({
      id: 'release.semver',
      text: 'Semver?',
      guidance: '',
      weight: 1,
    });
  });

  it('extends a checklist: adds, replaces and removes questions', () => {
    const config = read({
      checklists: [
        {
          id: 'backend-project',
          title: 'Our backend checklist',
          extends: 'backend-project',
          removeQuestions: ['web-servers.mobile-app'],
          sections: [
            {
              id: 'software-quality',
              questions: [
                {
                  id: 'software-quality.ci',
                  text: 'Does CI gate merges?',
                  weight: 5,
                },
                { id: 'software-quality.sbom', text: 'Is there an SBOM?' },
              ],
            },
            {
              id: 'operations',
              title: 'Operations',
              questions: [{ id: 'operations.runbook', text: 'Runbook?' }],
            },
          ],
        },
      ],
    });
    expect(config.checklists.map(c => c.id)).toEqual(['backend-project']);
    const ids = questionIds(config, 'backend-project');
    expect(ids).toHaveLength(56 - 1 + 2);
    expect(ids).not.toContain('web-servers.mobile-app');
    expect(ids.slice(-2)).toEqual([
      'software-quality.sbom',
      'operations.runbook',
    ]);
    const ci = config.checklists[0].sections
      .flatMap(s => s.questions)
      .find(q => q.id === 'software-quality.ci');
    expect(ci).toMatchObject({ text: 'Does CI gate merges?', weight: 5 });
  });

  it('can replace the built-in checklist entirely', () => {
    const config = read({
      defaultChecklist: { enabled: false },
      checklists: [
        {
          id: 'mine',
          title: 'Mine',
          appliesTo: [{ kind: 'Component' }],
          sections: [
            { id: 's', title: 'S', questions: [{ id: 's.q', text: 'Q?' }] },
          ],
        },
      ],
    });
    expect(config.checklists.map(c => c.id)).toEqual(['mine']);
  });

  it('reads which entities sections and questions are asked of, and retargets built-in sections', () => {
    const config = read({
      defaultChecklist: {
        sectionAppliesTo: {
          databases: 'all',
          'web-servers': [{ kind: 'Component', types: ['website'] }],
        },
      },
      checklists: [
        {
          id: 'services',
          title: 'Services',
          extends: 'backend-project',
          appliesTo: [{ kind: 'Component', types: ['service', 'library'] }],
          sections: [
            // An existing section: its targets are replaced, its questions kept.
            {
              id: 'credentials',
              appliesTo: [{ kind: 'Component', types: ['service'] }],
            },
            {
              id: 'extra',
              title: 'Extra',
              questions: [
                {
                  id: 'extra.q',
                  text: 'Q?',
                  appliesTo: [{ kind: 'Component', types: ['library'] }],
                },
              ],
            },
          ],
        },
      ],
    });
    const [services, builtIn] = config.checklists;
    const section = (checklist: typeof builtIn, id: string) =>
      checklist.sections.find(s => s.id === id)!;
    expect(section(builtIn, 'databases').appliesTo).toBeUndefined();
    expect(section(builtIn, 'web-servers').appliesTo).toEqual([
      { kind: 'Component', types: ['website'] },
    ]);
    // Sections not named keep the built-in targets.
    expect(section(builtIn, 'credentials').appliesTo).toEqual([
      { kind: 'Component', types: ['service', 'website', 'tool'] },
    ]);
    expect(section(services, 'credentials').appliesTo).toEqual([
      { kind: 'Component', types: ['service'] },
    ]);
    expect(section(services, 'credentials').questions).toHaveLength(8);
    expect(section(services, 'extra').questions[0].appliesTo).toEqual([
      { kind: 'Component', types: ['library'] },
    ]);
  });

  it('reads which exemptions need approval, per checklist or per question', () => {
    const listed = read({
      defaultChecklist: {
        exemptionsNeedApproval: ['databases.backups'],
        sectionAppliesTo: { databases: 'all' },
      },
    }).checklists[0];
    const flagged = listed.sections
      .flatMap(s => s.questions)
      .filter(q => q.exemptionNeedsApproval)
      .map(q => q.id);
    expect(flagged).toEqual(['databases.backups']);
    // The retargeting still applies to the marked sections.
    expect(
      listed.sections.find(s => s.id === 'databases')?.appliesTo,
    ).toBeUndefined();
    expect(
      read({ defaultChecklist: { exemptionsNeedApproval: true } }).checklists[0]
        .exemptionsNeedApproval,
    ).toBe(true);
    const extended = read({
      checklists: [
        {
          id: 'strict',
          title: 'Strict',
          extends: 'backend-project',
          exemptionsNeedApproval: true,
          appliesTo: [{ kind: 'Component', types: ['service'] }],
        },
      ],
    }).checklists[0];
    expect(extended.exemptionsNeedApproval).toBe(true);
    expect(() =>
      read({ defaultChecklist: { exemptionsNeedApproval: ['nope'] } }),
    ).toThrow(
      'readiness.defaultChecklist.exemptionsNeedApproval names questions the built-in checklist does not have: nope',
    );
  });

  it('reads campaigns, refusing invalid ones with the key that is wrong', () => {
    const config = read({
      campaigns: {
        items: [
          {
            id: 'bronze-2027',
            title: 'Bronze for production',
            scope: { lifecycles: ['production'] },
            target: { level: 'bronze' },
            startsOn: '2027-01-01',
            dueOn: '2027-03-31',
          },
        ],
      },
    });
    expect(config.campaigns.configured).toEqual([
      {
        id: 'bronze-2027',
        title: 'Bronze for production',
        scope: { lifecycles: ['production'] },
        target: { level: 'bronze' },
        startsOn: '2027-01-01',
        dueOn: '2027-03-31',
        reminderDays: 7,
        source: 'config',
        version: 1,
      },
    ]);
    expect(config.campaigns.noticeFrequencyMinutes).toBe(60);
    expect(() =>
      read({
        campaigns: {
          items: [
            {
              id: 'Bad Id',
              title: 'X',
              target: { questionIds: ['nope'] },
              startsOn: '2027-01-01',
              dueOn: '2026-01-01',
            },
          ],
        },
      }),
    ).toThrow(
      "Invalid readiness configuration:\n  - readiness.campaigns.items[0].id 'Bad Id' must be 1 to 63 lower-case letters, digits and dashes\n  - readiness.campaigns.items[0]: target.questionIds has questions no checklist asks: nope\n  - readiness.campaigns.items[0]: dueOn must not be before startsOn",
    );
  });

  it("reads the configuration page's example as it is", () => {
    const readme = fs.readFileSync(
      resolve(__dirname, '../../../../docs/configuration.md'),
      'utf8',
    );
    const example =
      /```yaml\n(readiness:\n {2}reviewIntervalDays[\s\S]*?)```/.exec(
        readme,
      )?.[1];
    expect(example).toBeDefined();
    const config = readReadinessConfig(new ConfigReader(parse(example!)));
    expect(config.checklists.map(c => c.id)).toEqual([
      'websites',
      'backend-project',
    ]);
    const databases = config.checklists[1].sections.find(
      s => s.id === 'databases',
    );
    expect(databases?.appliesTo).toEqual([
      { kind: 'Component', types: ['service', 'website', 'database'] },
    ]);
  });

  it.each([
    [
      { reviewIntervalDays: 'soon' },
      "Unable to convert config value for key 'readiness.reviewIntervalDays'",
    ],
    [
      { reviewIntervalDays: 0 },
      'readiness.reviewIntervalDays must be greater than 0, got 0',
    ],
    [
      {
        levels: [
          { id: 'a', title: 'A', minScore: 50 },
          { id: 'b', title: 'B', minScore: 40 },
        ],
      },
      "readiness.levels[1].minScore must be greater than the previous level's (50)",
    ],
    [
      { levels: [{ id: 'a', title: 'A', minScore: 50, color: 'brown' }] },
      "readiness.levels[0].color must be a colour like #8c5523, got 'brown'",
    ],
    [
      {
        checklists: [
          {
            id: 'x',
            title: 'X',
            appliesTo: [{ kind: 'Component' }],
            sections: [
              {
                id: 's',
                title: 'S',
                questions: [{ id: 's.q', text: 'Q?', weight: -1 }],
              },
            ],
          },
        ],
      },
      'readiness.checklists[0].sections[0].questions[0].weight must be a number greater than 0, got -1',
    ],
    [
      {
        checklists: [
          {
            id: 'x',
            title: 'X',
            appliesTo: [{ kind: 'Component' }],
            sections: [
              {
                id: 's',
                title: 'S',
                questions: [
                  { id: 's.q', text: 'Q?', requiredForLevel: 'platinum' },
                ],
              },
            ],
          },
        ],
      },
      "readiness.checklists[0].sections[0].questions[0].requiredForLevel 'platinum' is not a configured level",
    ],
    [
      { checklists: [{ id: 'x', title: 'X', extends: 'nope' }] },
      "readiness.checklists[0].extends 'nope' is not a checklist defined before it",
    ],
    [
      { checklists: [{ id: 'x', title: 'X', sections: [] }] },
      'readiness.checklists[0].appliesTo must name at least one entity kind',
    ],
    [
      { checklists: [{ title: 'X' }] },
      "Missing required config value at 'readiness.checklists[0].id'",
    ],
    [
      {
        checklists: [
          {
            id: 'x',
            title: 'X',
            extends: 'backend-project',
            sections: [
              {
                id: 'extra',
                title: 'Extra',
                questions: [{ id: 'software-quality.ci', text: 'Dup?' }],
              },
            ],
          },
        ],
      },
      "readiness.checklists[0].sections[6].questions[0].id 'software-quality.ci' is used twice",
    ],
    [
      {
        defaultChecklist: {
          sectionAppliesTo: { dbs: [{ kind: 'Component' }] },
        },
      },
      'readiness.defaultChecklist.sectionAppliesTo.dbs is not a section of the built-in checklist (communication, architecture, credentials, databases, web-servers, software-quality)',
    ],
    [
      {
        defaultChecklist: {
          sectionAppliesTo: { databases: [{ kind: 'API' }] },
        },
      },
      "readiness.defaultChecklist.sections[3].appliesTo[0].kind 'API' is not a kind the checklist applies to (Component)",
    ],
    [
      {
        checklists: [
          {
            id: 'x',
            title: 'X',
            appliesTo: [{ kind: 'Component' }],
            sections: [
              {
                id: 's',
                title: 'S',
                questions: [
                  {
                    id: 's.q',
                    text: 'Q?',
                    appliesTo: [{ kind: 'Component', types: [] }],
                  },
                ],
              },
            ],
          },
        ],
      },
      'readiness.checklists[0].sections[0].questions[0].appliesTo[0].types must name at least one type (leave it out for every type)',
    ],
  ])(
    'rejects invalid configuration %#, naming the key',
    (readiness, message) => {
      expect(() => read(readiness)).toThrow(message);
    },
  );
});
