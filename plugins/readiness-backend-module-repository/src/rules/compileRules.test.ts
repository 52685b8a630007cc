import { FolderFiles } from '../repository/RepositoryFiles';
import { compileRules } from './compileRules';
import { declaredDependencies } from './dependencies';
import { RepositoryPredicate } from './types';

const QUESTIONS = new Set(['q']);

/** A folder holding these files. */
function folder(files: Record<string, string>) {
  const folderFiles = new FolderFiles(
    {
      etag: 'e',
      files: new Map(
        Object.entries(files).map(([path, text]) => [path, Buffer.from(text)]),
      ),
    },
    '',
  );
  return {
    files: folderFiles,
    dependencies: () => declaredDependencies(folderFiles),
  };
}

const holds = (when: RepositoryPredicate, files: Record<string, string>) => {
  const [rule] = compileRules(
    [{ questionId: 'q', outcomes: [{ status: 'yes', note: '{files}', when }] }],
    { where: 'rules', questionIds: QUESTIONS },
  );
  return rule.evaluate(folder(files))?.note;
};

const MANIFESTS = {
  'package.json': JSON.stringify({
    version: '1.2.0',
    dependencies: { zod: '^3.23.0' },
    devDependencies: { eslint: '9.1.0' },
  }),
  'pyproject.toml': [
    '[project]',
    'dependencies = ["Pydantic[email]>=2.7; python_version>\'3.8\'"]',
    '[tool.poetry.group.dev.dependencies]',
    'mypy = "^1.10"',
  ].join('\n'),
  'requirements-dev.txt': '# tools\nruff==0.5.0\n-r base.txt\n',
  'go.mod':
    'module x\n\nrequire (\n\tgithub.com/prometheus/client_golang v1.19.0\n)\n',
  'pom.xml':
    '<project><dependencies><dependency><groupId>org.flywaydb</groupId><artifactId>flyway-core</artifactId><version>10.1.0</version></dependency></dependencies></project>',
  'build.gradle':
    "dependencies { implementation 'io.micrometer:micrometer-registry-prometheus:1.12.0' }",
  'config/app.yaml': 'server:\n  port: 8080\n',
};

describe('repository predicates', () => {
  it.each<[string, RepositoryPredicate, string | undefined]>([
    ['a file exists (glob)', { files: '**/*.yaml' }, 'config/app.yaml'],
    ['no file matches', { files: 'Dockerfile' }, undefined],
    [
      'a file contains a string',
      { files: '*.json', contains: '"zod"' },
      'package.json',
    ],
    [
      'a file does not contain it',
      { files: '*.json', contains: 'react' },
      undefined,
    ],
    [
      'a file matches a regular expression',
      { files: 'go.mod', matches: '^module \\w+$' },
      'go.mod',
    ],
    [
      'a JSON path exists',
      { files: 'package.json', path: 'version' },
      'package.json',
    ],
    [
      'a JSON path has a value',
      { files: 'package.json', path: 'version', equals: '1.2.0' },
      'package.json',
    ],
    [
      'a JSON path has another value',
      { files: 'package.json', path: 'version', equals: '2.0.0' },
      undefined,
    ],
    [
      'a YAML path has a value',
      { files: '**/*.yaml', path: 'server.port', equals: 8080 },
      'config/app.yaml',
    ],
    [
      'a package.json dependency in range',
      { dependency: 'zod', version: '>=3.20.0' },
      'package.json',
    ],
    [
      'a package.json dependency out of range',
      { dependency: 'zod', version: '>=4' },
      undefined,
    ],
    [
      'a pyproject dependency (PEP 508, normalised)',
      { dependency: 'pydantic', version: '>=2' },
      'pyproject.toml',
    ],
    ['a poetry group dependency', { dependency: 'mypy' }, 'pyproject.toml'],
    [
      'a requirements*.txt dependency',
      { dependency: 'ruff', version: '0.5.x' },
      'requirements-dev.txt',
    ],
    [
      'a go.mod dependency',
      { dependency: 'github.com/prometheus/client_golang', version: '^1.19.0' },
      'go.mod',
    ],
    [
      'a pom.xml dependency by group and artifact',
      { dependency: 'org.flywaydb:flyway-core' },
      'pom.xml',
    ],
    [
      'a build.gradle dependency by artifact',
      { dependency: 'micrometer-registry-prometheus' },
      'build.gradle',
    ],
    [
      'any: one of them holds',
      { any: [{ files: 'Dockerfile' }, { dependency: 'eslint' }] },
      'package.json',
    ],
    [
      'all: one does not hold',
      { all: [{ files: 'Dockerfile' }, { dependency: 'eslint' }] },
      undefined,
    ],
    [
      'all: every one holds',
      { all: [{ files: 'go.mod' }, { dependency: 'eslint' }] },
      'go.mod, package.json',
    ],
    ['not', { not: { files: 'Dockerfile' } }, ''],
  ])('%s', (_, when, proof) => {
    expect(holds(when, MANIFESTS)).toBe(proof);
  });

  it('gives the otherwise answer when no outcome holds, and nothing without one', () => {
    const [withOtherwise, without] = compileRules(
      [
        {
          questionId: 'q',
          outcomes: [{ status: 'yes', note: 'y', when: { files: 'x' } }],
          otherwise: { status: 'no', note: 'No x' },
        },
        {
          questionId: 'q',
          outcomes: [{ status: 'yes', note: 'y', when: { files: 'x' } }],
        },
      ],
      { where: 'rules', questionIds: QUESTIONS },
    );
    expect(withOtherwise.evaluate(folder({}))).toEqual({
      status: 'no',
      note: 'No x',
      files: [],
    });
    expect(without.evaluate(folder({}))).toBeUndefined();
  });
});

describe('rule validation', () => {
  const compile = (rule: object) => () =>
    compileRules([rule as never], {
      where: 'readiness.repository.rules',
      questionIds: QUESTIONS,
    });
  const outcome = (when: object, status = 'yes') => ({
    questionId: 'q',
    outcomes: [{ status, note: 'n', when }],
  });

  it.each([
    [
      'an unknown question',
      { ...outcome({ files: 'x' }), questionId: 'nope' },
      "readiness.repository.rules[0].questionId 'nope' is not a question of any readiness checklist",
    ],
    [
      'an invalid glob',
      outcome({ files: ['ok', '[z-a]'] }),
      "readiness.repository.rules[0].outcomes[0].when.files[1] '[z-a]' is not a valid glob",
    ],
    [
      'an unbalanced glob',
      outcome({ files: 'src/{a,b' }),
      "readiness.repository.rules[0].outcomes[0].when.files[0] 'src/{a,b' is not a valid glob",
    ],
    [
      'an absolute glob',
      outcome({ files: '/etc/passwd' }),
      "readiness.repository.rules[0].outcomes[0].when.files[0] must be a glob relative to the entity's folder",
    ],
    [
      'an invalid regular expression',
      outcome({ files: 'x', matches: '(?<=a)b' }),
      /^readiness\.repository\.rules\[0\]\.outcomes\[0\]\.when\.matches '\(\?<=a\)b' is not a valid RE2 regular expression/,
    ],
    [
      'an invalid version range',
      outcome({ dependency: 'x', version: 'soon' }),
      "readiness.repository.rules[0].outcomes[0].when.version 'soon' is not a semver range",
    ],
    [
      'an empty any',
      outcome({ any: [] }),
      'readiness.repository.rules[0].outcomes[0].when.any must list at least one predicate',
    ],
    [
      'a nested problem',
      outcome({ all: [{ files: 'x' }, { not: { nothing: 1 } }] }),
      'readiness.repository.rules[0].outcomes[0].when.all[1].not must have one of files, dependency, any, all or not',
    ],
    [
      'an unknown status',
      outcome({ files: 'x' }, 'maybe'),
      'readiness.repository.rules[0].outcomes[0].status must be one of yes, partial, no, na',
    ],
    [
      'no outcomes',
      { questionId: 'q', outcomes: [] },
      'readiness.repository.rules[0].outcomes must list at least one outcome',
    ],
  ])('refuses %s, naming the key', (_, rule, message) => {
    expect(compile(rule)).toThrow(message);
  });
});
