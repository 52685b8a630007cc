import { RepositoryRule } from './types';

/** Files that pin every dependency's version. */
const LOCKFILES = [
  '**/poetry.lock',
  '**/uv.lock',
  '**/Pipfile.lock',
  '**/pdm.lock',
  '**/package-lock.json',
  '**/yarn.lock',
  '**/pnpm-lock.yaml',
  '**/go.sum',
  '**/gradle.lockfile',
  '**/Cargo.lock',
  '**/Gemfile.lock',
];
const PYTHON_TESTS = ['**/test_*.py', '**/*_test.py', '**/tests/**/*.py'];
const JS_TESTS = ['**/*.test.{js,jsx,ts,tsx}', '**/*.spec.{js,jsx,ts,tsx}'];
const WORKFLOWS = [
  '.github/workflows/*.{yml,yaml}',
  '.gitlab-ci.yml',
  'Jenkinsfile',
  '.circleci/config.yml',
  'azure-pipelines.yml',
  'bitbucket-pipelines.yml',
  '.drone.yml',
  '.buildkite/*.{yml,yaml}',
];

/**
 * The built-in rules: how each question of the default checklist is answered from a service's
 * repository, as data. An adopter's rules (config) come first and win for their questions.
 *
 * @public
 */
export const BUILTIN_RULES: RepositoryRule[] = [
  {
    questionId: 'software-quality.ci',
    outcomes: [
      {
        status: 'yes',
        when: { files: WORKFLOWS },
        note: 'CI runs from {files}.',
      },
    ],
    otherwise: {
      status: 'no',
      note: 'No CI configuration in the repository (GitHub Actions, GitLab CI, Jenkins, CircleCI, Azure Pipelines, Bitbucket Pipelines, Drone, Buildkite).',
    },
  },
  {
    questionId: 'software-quality.backend-tests',
    outcomes: [
      {
        status: 'yes',
        when: {
          any: [
            { files: PYTHON_TESTS },
            { files: ['**/*_test.go', '**/src/test/**/*.{java,kt}'] },
            {
              all: [
                { files: JS_TESTS },
                {
                  not: {
                    dependency: ['react', 'vue', 'svelte', '@angular/core'],
                  },
                },
              ],
            },
          ],
        },
        note: 'Backend tests: {files}.',
      },
    ],
    otherwise: {
      status: 'no',
      note: 'No backend test files found (test_*.py, *_test.go, src/test, *.test.ts).',
    },
  },
  {
    questionId: 'software-quality.frontend-tests',
    outcomes: [
      {
        status: 'yes',
        when: {
          all: [
            { dependency: ['react', 'vue', 'svelte', '@angular/core'] },
            { files: JS_TESTS },
          ],
        },
        note: 'Frontend tests: {files}.',
      },
    ],
  },
  {
    questionId: 'software-quality.e2e-tests',
    outcomes: [
      {
        status: 'yes',
        when: {
          any: [
            {
              files: [
                '**/playwright.config.{js,ts}',
                '**/cypress.config.{js,ts}',
                '**/e2e/**/*.{py,js,ts}',
              ],
            },
            {
              dependency: [
                '@playwright/test',
                'cypress',
                'playwright',
                'pytest-playwright',
                'selenium',
              ],
            },
          ],
        },
        note: 'End-to-end tests: {files}.',
      },
    ],
  },
  {
    questionId: 'software-quality.quality-gates',
    outcomes: [
      {
        status: 'yes',
        when: {
          any: [
            {
              dependency: [
                'ruff',
                'mypy',
                'flake8',
                'pyflakes',
                'eslint',
                'pylint',
              ],
            },
            {
              files: ['**/pyproject.toml'],
              matches: '^\\[tool\\.(ruff|mypy)\\]',
            },
            {
              files: [
                '.flake8',
                'mypy.ini',
                '.golangci.{yml,yaml,toml}',
                '**/eslint.config.{js,mjs,cjs}',
                '**/.eslintrc*',
              ],
            },
            {
              files: ['**/tsconfig.json'],
              path: 'compilerOptions.strict',
              equals: true,
            },
          ],
        },
        note: 'Linters and type checks are configured: {files}.',
      },
    ],
  },
  {
    questionId: 'software-quality.security-scanning',
    outcomes: [
      {
        status: 'yes',
        when: {
          any: [
            {
              files: [
                '.github/dependabot.{yml,yaml}',
                'renovate.json',
                '.renovaterc*',
                '.github/renovate.json',
                '.snyk',
              ],
            },
            {
              files: WORKFLOWS,
              matches: '(?i)codeql|snyk|trivy|pip-audit|npm audit|gosec|bandit',
            },
            { dependency: ['pip-audit', 'bandit', 'safety'] },
          ],
        },
        note: 'Dependencies and code are scanned: {files}.',
      },
    ],
    otherwise: {
      status: 'no',
      note: 'No dependency or code scanning found (Dependabot, Renovate, CodeQL, Snyk, Trivy, pip-audit).',
    },
  },
  {
    questionId: 'software-quality.logging',
    outcomes: [
      {
        status: 'yes',
        when: {
          any: [
            {
              dependency: [
                'structlog',
                'loguru',
                'python-json-logger',
                'winston',
                'pino',
                'bunyan',
                'go.uber.org/zap',
                'github.com/sirupsen/logrus',
                'logback-classic',
                'log4j-core',
              ],
            },
            {
              files: ['**/*.py'],
              matches: 'logging\\.(getLogger|basicConfig|config\\.dictConfig)',
            },
            { files: ['**/*.go'], contains: '"log/slog"' },
          ],
        },
        note: 'Logs are written through a logging library: {files}.',
      },
    ],
  },
  {
    questionId: 'software-quality.monitoring',
    outcomes: [
      {
        status: 'yes',
        when: {
          any: [
            {
              dependency: [
                'prometheus-client',
                'prometheus-fastapi-instrumentator',
                'prom-client',
                'github.com/prometheus/client_golang',
                'micrometer-registry-prometheus',
                'opentelemetry-api',
                'opentelemetry-sdk',
                '@opentelemetry/api',
                '@opentelemetry/sdk-node',
                'go.opentelemetry.io/otel',
              ],
            },
          ],
        },
        note: 'Metrics or traces are exported (Prometheus or OpenTelemetry client): {files}.',
      },
    ],
  },
  {
    questionId: 'architecture.containers',
    outcomes: [
      {
        status: 'yes',
        when: {
          files: ['**/Dockerfile', '**/Dockerfile.*', '**/Containerfile'],
        },
        note: 'Built as a container: {files}.',
      },
    ],
    otherwise: {
      status: 'no',
      note: 'No Dockerfile or Containerfile in the repository.',
    },
  },
  {
    questionId: 'architecture.kubernetes',
    outcomes: [
      {
        status: 'yes',
        when: {
          any: [
            { files: ['**/Chart.yaml', '**/kustomization.{yaml,yml}'] },
            {
              files: ['**/{k8s,kubernetes,deploy,manifests}/**/*.{yaml,yml}'],
              matches: '^kind:\\s*(Deployment|StatefulSet|CronJob|Service)',
            },
          ],
        },
        note: 'Kubernetes deployment in the repository: {files}.',
      },
    ],
  },
  {
    questionId: 'architecture.container-inventory',
    outcomes: [
      {
        status: 'yes',
        when: {
          files: ['**/docker-compose*.{yml,yaml}', '**/compose.{yml,yaml}'],
        },
        note: 'The containers it runs with are listed in {files}.',
      },
    ],
  },
  {
    questionId: 'architecture.release-process',
    outcomes: [
      {
        status: 'yes',
        when: {
          any: [
            {
              files: WORKFLOWS,
              matches:
                '(?i)(^|\\s)(release|deploy|publish)[\\w-]*:|on:\\s*\\n\\s*(release|push:\\s*\\n\\s*tags)',
            },
            {
              files: [
                '.goreleaser.{yml,yaml}',
                '.releaserc*',
                'release-please-config.json',
                '.changeset/config.json',
              ],
            },
          ],
        },
        note: 'Releases are automated: {files}.',
      },
    ],
  },
  {
    questionId: 'databases.migrations',
    outcomes: [
      {
        status: 'yes',
        when: {
          any: [
            {
              files: [
                '**/alembic.ini',
                '**/alembic/env.py',
                '**/migrations/*.py',
                '**/db/migration/*.sql',
                '**/db/changelog/*.{xml,yaml,yml}',
                '**/migrations/*.{js,ts,sql}',
              ],
            },
            {
              dependency: [
                'alembic',
                'flyway-core',
                'org.flywaydb:flyway-core',
                'liquibase-core',
                'org.liquibase:liquibase-core',
                'knex',
                'github.com/golang-migrate/migrate/v4',
              ],
            },
          ],
        },
        note: 'Schema changes are migrations: {files}.',
      },
    ],
  },
  {
    questionId: 'databases.database-choice',
    outcomes: [
      {
        status: 'yes',
        when: {
          dependency: [
            'psycopg',
            'psycopg2',
            'psycopg2-binary',
            'asyncpg',
            'pg',
            'mysql2',
            'pymysql',
            'mysqlclient',
            'sqlite3',
            'better-sqlite3',
            'mongodb',
            'pymongo',
            'redis',
            'github.com/lib/pq',
            'github.com/jackc/pgx/v5',
            'org.postgresql:postgresql',
            'postgresql',
            'mysql-connector-j',
          ],
        },
        note: 'The database driver is declared: {files}.',
      },
    ],
  },
  {
    questionId: 'databases.data-model',
    outcomes: [
      {
        status: 'yes',
        when: {
          any: [
            {
              files: [
                '**/models.py',
                '**/models/*.py',
                '**/schema.prisma',
                '**/entities/*.{ts,java,kt}',
                '**/*.sql',
              ],
              matches:
                '(?i)class \\w+\\(.*(Base|Model|SQLModel)\\)|^model \\w+ \\{|@Entity|create table',
            },
          ],
        },
        note: 'The data model is written down in code: {files}.',
      },
    ],
  },
  {
    questionId: 'web-servers.orm',
    outcomes: [
      {
        status: 'yes',
        when: {
          dependency: [
            'sqlalchemy',
            'sqlmodel',
            'django',
            'peewee',
            'tortoise-orm',
            'prisma',
            '@prisma/client',
            'typeorm',
            'sequelize',
            'drizzle-orm',
            'knex',
            'gorm.io/gorm',
            'hibernate-core',
            'spring-boot-starter-data-jpa',
          ],
        },
        note: 'Data access goes through one library: {files}.',
      },
    ],
  },
  {
    questionId: 'web-servers.api-models',
    outcomes: [
      {
        status: 'yes',
        when: {
          dependency: [
            'pydantic',
            'marshmallow',
            'zod',
            'class-validator',
            'joi',
            'yup',
            'ajv',
            'djangorestframework',
          ],
        },
        note: 'Request and response bodies are validated by a schema library: {files}.',
      },
    ],
  },
  {
    questionId: 'web-servers.requirements',
    outcomes: [
      {
        status: 'yes',
        when: { files: LOCKFILES },
        note: 'Dependencies are pinned in {files}.',
      },
      {
        status: 'partial',
        when: {
          files: ['**/requirements*.txt'],
          matches: '^[A-Za-z0-9][A-Za-z0-9._\\[\\], -]*([<>~!]=?[^=\\n]*)?$',
        },
        note: 'Dependencies are listed in {files}, but not every version is pinned (==) and there is no lock file.',
      },
      {
        status: 'yes',
        when: { files: ['**/requirements*.txt'] },
        note: 'Every dependency is pinned in {files}.',
      },
      {
        status: 'partial',
        when: {
          files: [
            '**/package.json',
            '**/pyproject.toml',
            '**/go.mod',
            '**/pom.xml',
            '**/build.gradle*',
          ],
        },
        note: 'Dependencies are declared in {files}, but no lock file pins them.',
      },
    ],
  },
  {
    questionId: 'web-servers.exposes-api',
    outcomes: [
      {
        status: 'yes',
        when: {
          any: [
            {
              files: ['**/*.{yaml,yml,json}'],
              matches: '^\\s*"?(openapi|swagger|asyncapi)"?\\s*:',
            },
            {
              dependency: [
                'fastapi',
                'drf-spectacular',
                '@nestjs/swagger',
                'springdoc-openapi-starter-webmvc-ui',
              ],
            },
          ],
        },
        note: 'The API is described (OpenAPI or AsyncAPI): {files}.',
      },
    ],
  },
  {
    questionId: 'web-servers.proxy',
    outcomes: [
      {
        status: 'yes',
        when: {
          any: [
            {
              files: [
                '**/nginx*.conf',
                '**/Caddyfile',
                '**/traefik*.{yml,yaml,toml}',
                '**/envoy*.{yml,yaml}',
              ],
            },
            { files: ['**/*.{yaml,yml}'], matches: '^kind:\\s*Ingress' },
            { dependency: ['gunicorn', 'uvicorn'] },
          ],
        },
        note: 'It runs behind a server or proxy made for production: {files}.',
      },
    ],
  },
  {
    questionId: 'web-servers.versioning',
    outcomes: [
      {
        status: 'yes',
        when: {
          any: [
            {
              files: [
                'CHANGELOG.md',
                'CHANGES.md',
                'HISTORY.md',
                '.changeset/config.json',
                '.bumpversion.cfg',
                '.release-please-manifest.json',
              ],
            },
            {
              files: ['**/pyproject.toml'],
              matches: '^version\\s*=\\s*"\\d+\\.\\d+',
            },
            { files: ['**/package.json'], path: 'version' },
          ],
        },
        note: 'Versions are recorded: {files}.',
      },
    ],
  },
  {
    questionId: 'web-servers.languages',
    outcomes: [
      {
        status: 'yes',
        when: {
          any: [
            {
              files: [
                '.python-version',
                '.nvmrc',
                '.node-version',
                '.tool-versions',
                'go.mod',
                'runtime.txt',
                '.java-version',
              ],
            },
            {
              files: ['**/pyproject.toml'],
              matches: 'requires-python\\s*=|^python\\s*=',
            },
            { files: ['**/package.json'], path: 'engines.node' },
          ],
        },
        note: 'The language version is pinned: {files}.',
      },
    ],
  },
  {
    questionId: 'credentials.environment',
    outcomes: [
      {
        status: 'no',
        when: {
          files: [
            '**/.env',
            '**/.env.!(example|sample|template|dist)',
            '**/*.pem',
            '**/id_rsa',
            '**/*.key',
            '**/credentials.json',
            '**/*.p12',
          ],
        },
        note: 'Secrets may be committed: {files} (only the names were read).',
      },
      {
        status: 'yes',
        when: {
          any: [
            {
              dependency: [
                'pydantic-settings',
                'python-dotenv',
                'environs',
                'dotenv',
                'envalid',
                'github.com/kelseyhightower/envconfig',
              ],
            },
            {
              files: ['**/*.py'],
              matches: 'os\\.environ|os\\.getenv|BaseSettings',
            },
            { files: ['**/*.{js,ts}'], contains: 'process.env.' },
            { files: ['**/*.go'], contains: 'os.Getenv' },
          ],
        },
        note: 'Settings are read from the environment and no secret file is committed: {files}.',
      },
    ],
  },
];
