import {
  Checklist,
  ChecklistQuestion,
  ChecklistTarget,
  ReadinessLevel,
} from '../types';

/**
 * The id of the built-in checklist.
 *
 * @public
 */
export const DEFAULT_CHECKLIST_ID = 'backend-project';

/**
 * The built-in levels. Thresholds are percentages of the achievable score.
 *
 * @public
 */
export const DEFAULT_LEVELS: ReadinessLevel[] = [
  { id: 'bronze', title: 'Bronze', minScore: 40 },
  { id: 'silver', title: 'Silver', minScore: 70 },
  { id: 'gold', title: 'Gold', minScore: 90 },
];

/**
 * Answers older than this many days are stale and earn no credit until confirmed.
 *
 * @public
 */
export const DEFAULT_REVIEW_INTERVAL_DAYS = 180;

const q = (
  id: string,
  text: string,
  guidance: string,
  weight = 1,
  requiredForLevel?: string,
): ChecklistQuestion =>
  requiredForLevel
    ? { id, text, guidance, weight, requiredForLevel }
    : { id, text, guidance, weight };

/** What runs for users: services and websites, not libraries or tools. */
const RUNNING: ChecklistTarget[] = [
  { kind: 'Component', types: ['service', 'website'] },
];
/** What runs, and tools people run, which hold credentials and write logs too. */
const RUNNING_OR_TOOL: ChecklistTarget[] = [
  { kind: 'Component', types: ['service', 'website', 'tool'] },
];

const only = (
  appliesTo: ChecklistTarget[],
  question: ChecklistQuestion,
): ChecklistQuestion => ({ ...question, appliesTo });

/**
 * The default production-readiness checklist for backend projects, inspired by the
 * twelve-factor app. Question ids are stable: answers are stored against them. Every Component
 * answers it; the questions about what runs (machines, credentials, databases, web servers,
 * smoke tests, logging, monitoring, test users) are asked of services and websites (and tools,
 * for credentials and logging), not of libraries.
 *
 * @public
 */
export const defaultChecklist: Checklist = {
  id: DEFAULT_CHECKLIST_ID,
  title: 'Backend project readiness',
  description:
    'Answer Yes when the team has a documented answer that meets the guidance, Partial when it meets part of it, and N/A (with a reason) when the question does not apply.',
  appliesTo: [{ kind: 'Component' }],
  sections: [
    {
      id: 'communication',
      title: 'Project Communication',
      questions: [
        q(
          'communication.business-value',
          'What is the business value the project generates?',
          'Name the users, the problem solved and how success is measured; link a short product brief.',
        ),
        q(
          'communication.team',
          'Who is on the project team?',
          'List the people and their roles, including who is on call; the catalog owner matches this team.',
          2,
          'bronze',
        ),
        q(
          'communication.channels',
          'How does the team communicate (face to face, chat, email, calendar, file exchange, wiki, Jira)?',
          'Name the channel for each purpose (decisions, incidents, requests) and link them.',
        ),
        q(
          'communication.iterations',
          'Does the team work in iterations? How long are they?',
          'State the cadence and where plans and reviews are recorded.',
          0.5,
        ),
        q(
          'communication.requirements-document',
          'Is there a requirements document? Is it kept up to date?',
          'Link the document; it was updated within the last quarter or when scope last changed.',
        ),
        q(
          'communication.single-repository',
          'Is there a single git repository available?',
          'One repository (or a documented set) holds the code, and its location is annotated in the catalog.',
          2,
          'bronze',
        ),
      ],
    },
    {
      id: 'architecture',
      title: 'Architecture',
      questions: [
        q(
          'architecture.use-cases',
          'What are your main use cases?',
          'The main use cases are written down and each maps to an API or user journey.',
        ),
        q(
          'architecture.data-flow',
          'What is your data flow?',
          'A diagram shows where data enters, is stored and leaves, including third parties.',
        ),
        q(
          'architecture.pattern',
          "Do you have a pattern for the system's overall architecture (layered, star-shaped, hexagonal etc.)?",
          'The chosen pattern is named and the reasons are recorded, for example in an architecture decision record.',
          0.5,
        ),
        only(
          RUNNING,
          q(
            'architecture.machines',
            'How many separate physical machines does the project require?',
            'Capacity is estimated per environment, with headroom for peaks and failover.',
            0.5,
          ),
        ),
        q(
          'architecture.prototype',
          'Does a prototype exist?',
          'A prototype validated the riskiest assumptions, and what was learnt is written down.',
          0.5,
        ),
        q(
          'architecture.non-functional-requirements',
          'What are your most important non-functional requirements?',
          'Latency, throughput, availability and data-retention targets are stated as numbers.',
        ),
        q(
          'architecture.legal-regulations',
          'What legal regulations do you need to comply with (GDPR etc.)?',
          'Applicable regulations are listed with the data they concern, and compliance has been reviewed.',
          2,
          'silver',
        ),
        only(
          RUNNING,
          q(
            'architecture.containers',
            'Are you using containers?',
            'Images are built reproducibly in CI from a pinned base image.',
          ),
        ),
        only(
          RUNNING,
          q(
            'architecture.kubernetes',
            'Do you need enough containers to justify Kubernetes?',
            'The choice of orchestration (or none) is justified by the number of services and scaling needs.',
            0.5,
          ),
        ),
        only(
          RUNNING,
          q(
            'architecture.container-inventory',
            'Which containers are there?',
            'Every container the project runs is listed with its purpose and owner.',
            0.5,
          ),
        ),
        q(
          'architecture.release-process',
          'What does the release and deployment process look like?',
          'Releases are automated, repeatable and can be rolled back; the steps are documented.',
          2,
          'silver',
        ),
        only(
          RUNNING,
          q(
            'architecture.staging',
            'Will there be separate test/staging servers?',
            'A staging environment mirrors production closely enough to catch release problems.',
          ),
        ),
        q(
          'architecture.security-risks',
          'What special security or safety risks exist?',
          'A threat model lists the main risks and their mitigations.',
          2,
        ),
      ],
    },
    {
      id: 'credentials',
      title: 'Credentials',
      appliesTo: RUNNING_OR_TOOL,
      questions: [
        q(
          'credentials.authentication',
          'How is authentication managed?',
          'The mechanism is documented and uses a maintained library or service, not home-grown code.',
          2,
        ),
        q(
          'credentials.roles',
          'What roles are defined in the project?',
          'Roles and their permissions are listed, following least privilege.',
        ),
        q(
          'credentials.end-user-authentication',
          'Do end users need to authenticate?',
          'The answer is recorded; if yes, sign-in flows are tested.',
          0.5,
        ),
        q(
          'credentials.protocols',
          'Which protocols for authentication do you need (TLS, OAuth 2, two-factor authentication, Kerberos etc.)?',
          'Protocols are named and match the company standard.',
          0.5,
        ),
        q(
          'credentials.central-service',
          'Is there a central authentication service?',
          'The project uses the company identity provider rather than its own user store.',
        ),
        q(
          'credentials.environment',
          'Within services, are credentials stored mainly in the environment?',
          'Secrets come from the environment or a secret manager; none are in the repository.',
          2,
          'silver',
        ),
        q(
          'credentials.leaver-procedure',
          'What is the procedure when a team member leaves?',
          'A checklist revokes access and rotates shared secrets the person knew.',
        ),
        q(
          'credentials.compromise-procedure',
          'What is the procedure when you learn that your credentials have been compromised?',
          'A runbook says how to rotate every credential, and it has been rehearsed.',
          2,
          'gold',
        ),
      ],
    },
    {
      id: 'databases',
      title: 'Databases',
      appliesTo: RUNNING,
      questions: [
        q(
          'databases.data-volume',
          'How much data are you expecting (now and in the future)?',
          'Current size and growth per year are estimated, with storage limits known.',
          0.5,
        ),
        q(
          'databases.traffic',
          'How much traffic are you expecting?',
          'Expected and peak request rates are estimated and load-tested.',
        ),
        q(
          'databases.data-model',
          'Is there a data model already?',
          'The data model is documented and versioned with the code.',
        ),
        q(
          'databases.database-choice',
          'Which database system(s) do you choose, considering ease of use, rigor of the data model, core features, tool support, scalability and speed?',
          'The choice and its trade-offs are recorded.',
          0.5,
        ),
        q(
          'databases.migrations',
          'How will you migrate the data when the data model changes?',
          'Schema migrations are versioned, run automatically and are reversible or tested.',
          2,
        ),
        q(
          'databases.data-import',
          'What data import processes do you anticipate?',
          'Imports are listed with their source, schedule and failure handling.',
          0.5,
        ),
        q(
          'databases.recreate',
          'Will it be possible to re-create the entire database from scratch?',
          'Schema and reference data can be rebuilt from the repository alone.',
        ),
        q(
          'databases.backups',
          'How are backups of the database handled?',
          'Backups are automatic, stored off-site, and a restore has been tested recently.',
          3,
          'bronze',
        ),
      ],
    },
    {
      id: 'web-servers',
      title: 'Web Servers',
      appliesTo: RUNNING,
      questions: [
        q(
          'web-servers.availability',
          'What availability do you need?',
          'An availability target (SLO) is agreed and measured.',
          2,
        ),
        q(
          'web-servers.exposes-api',
          'Does the project expose an API?',
          'If yes, the API is registered in the catalog with its definition.',
        ),
        q(
          'web-servers.public-api',
          'Is the API going to be public?',
          'If public, authentication, rate limits and a versioning policy are in place.',
          0.5,
        ),
        q(
          'web-servers.html-frontend',
          'Will there be an HTML front-end?',
          'If yes, it is a separate component with its own owner and checklist.',
          0.5,
        ),
        q(
          'web-servers.mobile-app',
          'Will there be a mobile app?',
          'If yes, supported API versions for older app releases are planned.',
          0.5,
        ),
        q(
          'web-servers.proxy',
          'Will there be a proxy server (e.g. nginx)?',
          'TLS termination, timeouts and limits at the proxy are documented.',
          0.5,
        ),
        q(
          'web-servers.orm',
          'Will the backend use an ORM?',
          'The data-access approach is chosen and applied consistently.',
          0.5,
        ),
        q(
          'web-servers.api-models',
          'Will you use pydantic models (or another schema library) for API endpoints?',
          'Request and response bodies are validated against declared schemas.',
        ),
        q(
          'web-servers.requirements',
          'How will you manage requirements (dependencies)?',
          'Dependencies are declared, pinned in a lock file and updated regularly.',
        ),
        q(
          'web-servers.languages',
          'Which language(s) will you use for the back-end/front-end parts?',
          'Languages and versions are company-supported ones.',
          0.5,
        ),
        q(
          'web-servers.versioning',
          'How will you manage versions of the software (front-end and back-end)?',
          'Releases are tagged with versions, and a changelog says what changed.',
        ),
      ],
    },
    {
      id: 'software-quality',
      title: 'Software Quality',
      questions: [
        q(
          'software-quality.backend-tests',
          'How will you write automated tests for the backend?',
          'Unit and integration tests run in CI on every change.',
          2,
          'silver',
        ),
        q(
          'software-quality.frontend-tests',
          'How will you write automated tests for the front-end?',
          'Component tests run in CI on every change.',
        ),
        q(
          'software-quality.e2e-tests',
          'How will you write end-to-end tests covering both parts?',
          'End-to-end tests cover the main user journeys and run before release.',
        ),
        only(
          RUNNING,
          q(
            'software-quality.production-smoke-tests',
            'Can you run slim tests against the production server?',
            'A smoke test runs after every deployment and alerts on failure.',
          ),
        ),
        q(
          'software-quality.ci',
          'Which CI tool are you going to use?',
          'Every change is built and tested by CI before it is merged.',
          2,
          'bronze',
        ),
        q(
          'software-quality.quality-gates',
          'What software quality gates will you apply (linters and type checkers such as pyflakes or mypy)?',
          'Linters and type checks block a merge when they fail.',
        ),
        q(
          'software-quality.security-scanning',
          'Can you automatically check for known security issues?',
          'Dependencies and images are scanned in CI, and findings are triaged.',
          2,
          'gold',
        ),
        only(
          RUNNING_OR_TOOL,
          q(
            'software-quality.logging',
            'How is logging done? How can you access logs?',
            'Logs are structured, centrally collected and searchable by the team.',
            2,
          ),
        ),
        only(
          RUNNING,
          q(
            'software-quality.monitoring',
            'How is monitoring done (who is messaged when something goes wrong)?',
            'Alerts on user-facing symptoms page an on-call rotation.',
            3,
            'silver',
          ),
        ),
        only(
          RUNNING,
          q(
            'software-quality.test-users',
            'Do you have test users?',
            'Test accounts exist for every role and hold no real personal data.',
            0.5,
          ),
        ),
      ],
    },
  ],
};
