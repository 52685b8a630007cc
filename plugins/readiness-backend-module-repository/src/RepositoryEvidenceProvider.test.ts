import { UrlReaderService } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { EvidenceAnswer } from '@readiness/plugin-readiness-node';
import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  componentAt,
  folderUrlReader,
  SAMPLES_URL,
} from './__testUtils__/sampleRepositories';
import { readRepositoryConfig } from './config/readRepositoryConfig';
import { RepositoryEvidenceProvider } from './RepositoryEvidenceProvider';
import { RepositoryReadPool } from './repository/RepositoryReadPool';

/** Counts the reader's requests and what came of them. */
function counted(reader: UrlReaderService) {
  const log: string[] = [];
  const wrapped: UrlReaderService = {
    readUrl: reader.readUrl.bind(reader),
    search: reader.search.bind(reader),
    readTree: async (url, options) => {
      try {
        const response = await reader.readTree(url, options);
        log.push(`read ${url}`);
        return response;
      } catch (error) {
        log.push(`${(error as Error).name} ${url}`);
        throw error;
      }
    },
  };
  return { reader: wrapped, log };
}

function providerWith(
  reader: UrlReaderService,
  config: object = {},
  clock?: () => number,
) {
  const settings = readRepositoryConfig(new ConfigReader(config));
  const pool = new RepositoryReadPool({ ...settings, reader, clock });
  return {
    pool,
    provider: new RepositoryEvidenceProvider({
      rules: settings.rules,
      pool,
      integrations: ScmIntegrations.fromConfig(new ConfigReader({})),
    }),
  };
}

const byQuestion = (answers: EvidenceAnswer[]) =>
  Object.fromEntries(answers.map(a => [a.questionId, a]));

describe('RepositoryEvidenceProvider on the sample repositories', () => {
  const { provider } = providerWith(folderUrlReader());
  const answersOf = (repository: string) =>
    provider
      .evaluate(componentAt(repository, `${SAMPLES_URL}${repository}/`))
      .then(byQuestion);

  it.each([
    ['software-quality.ci', 'yes', '.github/workflows/ci.yml'],
    ['software-quality.backend-tests', 'yes', 'tests/test_orders.py'],
    ['software-quality.e2e-tests', 'yes', 'tests/e2e/test_checkout_flow.py'],
    ['software-quality.quality-gates', 'yes', 'pyproject.toml'],
    ['software-quality.security-scanning', 'yes', '.github/dependabot.yml'],
    ['software-quality.logging', 'yes', 'pyproject.toml'],
    ['software-quality.monitoring', 'yes', 'pyproject.toml'],
    ['architecture.containers', 'yes', 'Dockerfile'],
    ['architecture.kubernetes', 'yes', 'deploy/chart/Chart.yaml'],
    ['architecture.container-inventory', 'yes', 'docker-compose.yml'],
    ['architecture.release-process', 'yes', '.github/workflows/release.yml'],
    ['databases.migrations', 'yes', 'alembic.ini'],
    ['databases.database-choice', 'yes', 'pyproject.toml'],
    ['databases.data-model', 'yes', 'app/models.py'],
    ['web-servers.orm', 'yes', 'pyproject.toml'],
    ['web-servers.api-models', 'yes', 'pyproject.toml'],
    ['web-servers.requirements', 'yes', 'uv.lock'],
    ['web-servers.exposes-api', 'yes', 'openapi.yaml'],
    ['web-servers.proxy', 'yes', 'pyproject.toml'],
    ['web-servers.versioning', 'yes', 'CHANGELOG.md'],
    ['web-servers.languages', 'yes', '.python-version'],
    ['credentials.environment', 'yes', 'app/settings.py'],
  ])(
    'FastAPI sample: %s is %s, proven by %s',
    async (questionId, status, file) => {
      const answer = (await answersOf('python-fastapi-service'))[questionId];
      expect(answer).toMatchObject({ status });
      expect(answer.note).toContain(file);
      expect(answer.links).toContain(
        `${SAMPLES_URL}python-fastapi-service/${file}`,
      );
    },
  );

  it('answers at least 20 questions of the FastAPI sample', async () => {
    expect(
      Object.keys(await answersOf('python-fastapi-service')).length,
    ).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['node-express-service', 'software-quality.ci', 'no', undefined],
    ['node-express-service', 'architecture.containers', 'yes', 'Dockerfile'],
    [
      'node-express-service',
      'web-servers.requirements',
      'partial',
      'package.json',
    ],
    ['node-express-service', 'web-servers.api-models', 'yes', 'package.json'],
    ['node-express-service', 'software-quality.logging', 'yes', 'package.json'],
    ['node-express-service', 'credentials.environment', 'yes', 'src/index.js'],
    ['bare-service', 'software-quality.ci', 'no', undefined],
    ['bare-service', 'architecture.containers', 'no', undefined],
    ['bare-service', 'software-quality.backend-tests', 'no', undefined],
    ['bare-service', 'web-servers.requirements', 'partial', 'requirements.txt'],
  ])('%s: %s is %s', async (repository, questionId, status, file) => {
    const answer = (await answersOf(repository))[questionId];
    expect(answer.status).toBe(status);
    // An answer that found nothing links nothing.
    const links = file ? [`${SAMPLES_URL}${repository}/${file}`] : [];
    expect(answer.links).toEqual(links);
  });

  it('gives no answer where the files say nothing', async () => {
    const answers = await answersOf('bare-service');
    expect(answers['databases.migrations']).toBeUndefined();
    expect(answers['software-quality.monitoring']).toBeUndefined();
  });

  it('gives no answers to an entity without a source location', async () => {
    const entity = componentAt('x', `${SAMPLES_URL}bare-service/`);
    delete entity.metadata.annotations;
    expect(await provider.evaluate(entity)).toEqual([]);
  });
});

describe('RepositoryEvidenceProvider reading', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(join(tmpdir(), 'readiness-repos-'));
  });
  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });
  const write = async (path: string, content: string | Buffer) => {
    await fs.mkdir(join(root, path, '..'), { recursive: true });
    await fs.writeFile(join(root, path), content);
  };

  it('reads a monorepo once for all its entities, each answered from its own folder', async () => {
    await write(
      'mono/tree/main/services/orders/Dockerfile',
      'FROM python:3.12',
    );
    await write('mono/tree/main/services/billing/package.json', '{}');
    await write('mono/tree/main/.github/workflows/ci.yml', 'on: push');
    const { reader, log } = counted(folderUrlReader(root));
    const { provider } = providerWith(reader);
    const base = `${SAMPLES_URL}mono/tree/main/services`;
    const orders = byQuestion(
      await provider.evaluate(componentAt('orders', `${base}/orders`)),
    );
    const billing = byQuestion(
      await provider.evaluate(componentAt('billing', `${base}/billing/`)),
    );
    expect(log).toEqual([`read ${SAMPLES_URL}mono/tree/main/`]);
    expect(orders['architecture.containers']).toMatchObject({
      status: 'yes',
      links: [`${base}/orders/Dockerfile`],
    });
    expect(billing['architecture.containers'].status).toBe('no');
  });

  it('asks again with the ETag: an unchanged repository costs one conditional request and no download', async () => {
    await write('svc/Dockerfile', 'FROM node:22');
    const { reader, log } = counted(folderUrlReader(root));
    let now = 0;
    const { provider } = providerWith(
      reader,
      { readiness: { repository: { reuseMinutes: 1 } } },
      () => now,
    );
    const entity = componentAt('svc', `${SAMPLES_URL}svc/`);
    const first = await provider.evaluate(entity);
    now += 5 * 60_000;
    const second = await provider.evaluate(entity);
    expect(second).toEqual(first);
    expect(log).toEqual([
      `read ${SAMPLES_URL}svc/`,
      `NotModifiedError ${SAMPLES_URL}svc/`,
    ]);

    await write('svc/.github/workflows/ci.yml', 'on: push');
    now += 5 * 60_000;
    const third = byQuestion(await provider.evaluate(entity));
    expect(log[2]).toBe(`read ${SAMPLES_URL}svc/`);
    expect(third['software-quality.ci'].status).toBe('yes');
  });

  it('throws for a repository that cannot be read, so the framework keeps the earlier answers', async () => {
    const { provider } = providerWith(folderUrlReader(root));
    await expect(
      provider.evaluate(componentAt('gone', `${SAMPLES_URL}gone/`)),
    ).rejects.toMatchObject({
      name: 'EvidenceUnavailableError',
      attempted: 'read the repository',
      reason: expect.stringMatching(/^not found/),
    });
  });

  it('honours Retry-After: no request to a rate-limited host until it has passed', async () => {
    let calls = 0;
    const limited = {
      readUrl: jest.fn(),
      search: jest.fn(),
      readTree: async () => {
        calls += 1;
        throw Object.assign(new Error('API rate limit exceeded'), {
          response: {
            status: 403,
            headers: new Headers({ 'retry-after': '120' }),
          },
        });
      },
    } as unknown as UrlReaderService;
    let now = Date.parse('2026-12-05T10:00:00Z');
    const { provider } = providerWith(limited, {}, () => now);
    const entity = componentAt('svc', `${SAMPLES_URL}svc/`);
    await expect(provider.evaluate(entity)).rejects.toMatchObject({
      reason:
        'repos.test is rate limiting reads until 2026-12-05T10:02:00.000Z',
    });
    now += 60_000;
    await expect(provider.evaluate(entity)).rejects.toMatchObject({
      name: 'EvidenceUnavailableError',
    });
    expect(calls).toBe(1);
    now += 61_000;
    await expect(provider.evaluate(entity)).rejects.toThrow();
    expect(calls).toBe(2);
  });

  it('backs off without Retry-After: 60 s, then twice as long after each rate limit', async () => {
    let calls = 0;
    const limited = {
      readUrl: jest.fn(),
      search: jest.fn(),
      readTree: async () => {
        calls += 1;
        throw Object.assign(new Error('secondary rate limit'), {
          response: { status: 429 },
        });
      },
    } as unknown as UrlReaderService;
    const start = Date.parse('2026-12-05T10:00:00Z');
    let now = start;
    const { provider } = providerWith(limited, {}, () => now);
    const entity = componentAt('svc', `${SAMPLES_URL}svc/`);
    await expect(provider.evaluate(entity)).rejects.toMatchObject({
      reason:
        'repos.test is rate limiting reads until 2026-12-05T10:01:00.000Z',
    });
    now = start + 61_000;
    await expect(provider.evaluate(entity)).rejects.toMatchObject({
      reason:
        'repos.test is rate limiting reads until 2026-12-05T10:03:01.000Z',
    });
    now = start + 120_000;
    await expect(provider.evaluate(entity)).rejects.toThrow();
    expect(calls).toBe(2);
  });

  it('gives up on a read that takes longer than the time-out', async () => {
    const slow = {
      readUrl: jest.fn(),
      search: jest.fn(),
      readTree: () => new Promise(() => {}),
    } as unknown as UrlReaderService;
    const { provider } = providerWith(slow, {
      readiness: { repository: { timeoutSeconds: 0.2 } },
    });
    await expect(
      provider.evaluate(componentAt('svc', `${SAMPLES_URL}svc/`)),
    ).rejects.toMatchObject({ reason: 'no answer within 0.2 s' });
  });

  it('skips a 50 MB file and vendored folders, and a pathological pattern does not stall the run', async () => {
    await write('svc/big.log', Buffer.alloc(50 * 1024 * 1024, 'a'));
    await write('svc/node_modules/x/.github/workflows/ci.yml', 'on: push');
    await write('svc/notes.txt', `${'a'.repeat(200_000)}!`);
    const { provider } = providerWith(folderUrlReader(root), {
      readiness: {
        repository: {
          rules: [
            {
              questionId: 'software-quality.logging',
              outcomes: [
                {
                  status: 'yes',
                  note: 'found {files}',
                  when: { files: ['*.{txt,log}'], matches: '(a+)+$' },
                },
              ],
            },
          ],
        },
      },
    });
    const started = Date.now();
    const answers = byQuestion(
      await provider.evaluate(componentAt('svc', `${SAMPLES_URL}svc/`)),
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    // The 50 MB file was listed but not read; the vendored workflow not at all.
    expect(answers['software-quality.logging']).toBeUndefined();
    expect(answers['software-quality.ci'].status).toBe('no');
  });
});
