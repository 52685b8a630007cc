import fs from 'fs';
import path from 'path';
import { DEFAULT_LEVELS, defaultChecklist } from './defaultChecklist';
import { validateChecklist, validateLevels } from './validateChecklist';

/**
 * Every question line of the seed file, mapped to the question id that carries it. The test
 * below fails when the seed gains a question without a mapping, or a mapped id is missing.
 */
const SEED_TO_ID: Record<string, string> = {
  'What is the business value the project generates?':
    'communication.business-value',
  'Who is on the project team?': 'communication.team',
  'How does the team communicate (face2face, chat, email, calendar, file exchange, Wiki, JIRA)?':
    'communication.channels',
  'Does the team work in iterations? How long are they?':
    'communication.iterations',
  'Is there a requirements document? Is it updated?':
    'communication.requirements-document',
  'Is there a single git repository available?':
    'communication.single-repository',
  'What are your main use cases?': 'architecture.use-cases',
  'What is your data flow?': 'architecture.data-flow',
  'Do you have a pattern for the systems overall architecture (layered, star-shaped, hexagonal etc.)':
    'architecture.pattern',
  'How many separate physical machines does the project require?':
    'architecture.machines',
  'Does a prototype exist?': 'architecture.prototype',
  'What are your most important non-functional requirements?':
    'architecture.non-functional-requirements',
  'What legal requlations do you need to comply to (GDPR etc.)':
    'architecture.legal-regulations',
  'Are you using containers?': 'architecture.containers',
  'Do you need enough containers to justify Kubernetes?':
    'architecture.kubernetes',
  'welche Container gibt es?': 'architecture.container-inventory',
  'How does the release/deployment process look like?':
    'architecture.release-process',
  'Will there be separate test/staging servers?': 'architecture.staging',
  'What special security / safety risks exist?': 'architecture.security-risks',
  'How is authentication managed?': 'credentials.authentication',
  'What roles are defined in the project?': 'credentials.roles',
  'Do end users need to authenticate?': 'credentials.end-user-authentication',
  'Which protocols for authentication do you need (SSL, OAUTH2, two-factor-auth, Kerberos etc.)':
    'credentials.protocols',
  'Is there a central authentication service?': 'credentials.central-service',
  'Within services, are credentials stored mainly in the environment?':
    'credentials.environment',
  'What is the procedure when a team member leaves?':
    'credentials.leaver-procedure',
  'What is the procedure when you learn that your credentials have been compromised?':
    'credentials.compromise-procedure',
  'How much data are you expecting (now and in the future)?':
    'databases.data-volume',
  'How much traffic are you expecting?': 'databases.traffic',
  'Is there a data model already?': 'databases.data-model',
  'Which database system(s) do you choose? Consider: ease of use, rigor of the data model, core features, tool support, scalability, speed.':
    'databases.database-choice',
  'How will you migrate the data when the data model changes?':
    'databases.migrations',
  'What data import processes do you anticipate?': 'databases.data-import',
  'Will it be possible to re-create the entire database from scratch?':
    'databases.recreate',
  'How are backups of the database handled?': 'databases.backups',
  'What availability do you need?': 'web-servers.availability',
  'Does the project expose an API?': 'web-servers.exposes-api',
  'Is the API going to be public?': 'web-servers.public-api',
  'Will there be a HTML front-end?': 'web-servers.html-frontend',
  'Will there be a mobile app?': 'web-servers.mobile-app',
  'Will there be a proxy server (e.g. nginx)?': 'web-servers.proxy',
  'Will the backend use an ORM?': 'web-servers.orm',
  'Will you use pydantic models for API endpoints?': 'web-servers.api-models',
  'How will you manage requirements?': 'web-servers.requirements',
  'Which language(s) will you use for the back-end/front-end parts?':
    'web-servers.languages',
  'How will you manage versions of the software (front-end and back-end)?':
    'web-servers.versioning',
  'How will you write automated tests for the backend?':
    'software-quality.backend-tests',
  'How will you write automated tests for the front-end?':
    'software-quality.frontend-tests',
  'How will you write end-to-end tests covering both parts?':
    'software-quality.e2e-tests',
  'Can you run slim tests against the production server?':
    'software-quality.production-smoke-tests',
  'Which CI tool are you going to use?': 'software-quality.ci',
  'What software quality gates will you apply (pyflakes, mypy)?':
    'software-quality.quality-gates',
  'Can you autmatically check for known security issues?':
    'software-quality.security-scanning',
  'How is logging done? How can you access logs?': 'software-quality.logging',
  'How is monitoring done (who is messaged when something goes wrong)?':
    'software-quality.monitoring',
  'do you have test users?': 'software-quality.test-users',
};

/** Parses the seed: headings end in '¶'; the two intro lines come before the first heading. */
function readSeed() {
  const lines = fs
    .readFileSync(
      path.resolve(__dirname, '../../seed/backend-project-checklist.txt'),
      'utf8',
    )
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean);
  const sections: { title: string; questions: string[] }[] = [];
  for (const line of lines.slice(2)) {
    if (line.endsWith('¶')) {
      sections.push({ title: line.slice(0, -1), questions: [] });
    } else {
      sections[sections.length - 1].questions.push(line);
    }
  }
  return sections;
}

describe('defaultChecklist', () => {
  const seed = readSeed();
  const questions = defaultChecklist.sections.flatMap(s => s.questions);

  it('has the six seed sections, in order', () => {
    expect(defaultChecklist.sections.map(s => s.title)).toEqual(
      seed.map(s => s.title),
    );
    expect(seed).toHaveLength(6);
  });

  it('carries every seed question, one question each, in its section', () => {
    const seedQuestions = seed.flatMap(s => s.questions);
    expect(seedQuestions).toHaveLength(56);
    expect(Object.keys(SEED_TO_ID).sort()).toEqual([...seedQuestions].sort());
    expect(questions).toHaveLength(seedQuestions.length);
    seed.forEach((section, i) => {
      expect(defaultChecklist.sections[i].questions.map(x => x.id)).toEqual(
        section.questions.map(line => SEED_TO_ID[line]),
      );
    });
  });

  it('fixes the seed typos and translates the German line', () => {
    const text = questions.map(x => x.text).join('\n');
    expect(text).not.toMatch(/requlations|autmatically|comply to|welche/);
    expect(text).toContain('Which containers are there?');
    expect(questions.every(x => /^[A-Z]/.test(x.text))).toBe(true);
    expect(questions.every(x => x.text.endsWith('?'))).toBe(true);
  });

  it('gives every question guidance and a positive weight', () => {
    for (const question of questions) {
      expect(question.guidance.length).toBeGreaterThan(20);
      expect(question.weight).toBeGreaterThan(0);
    }
  });

  it('marks a few questions required for each level', () => {
    const required = questions.filter(x => x.requiredForLevel);
    expect(required.length).toBeGreaterThanOrEqual(3);
    expect(new Set(required.map(x => x.requiredForLevel))).toEqual(
      new Set(DEFAULT_LEVELS.map(l => l.id)),
    );
  });

  it('is valid, with valid levels', () => {
    expect(validateChecklist(defaultChecklist, DEFAULT_LEVELS)).toEqual([]);
    expect(validateLevels(DEFAULT_LEVELS)).toEqual([]);
  });
});
