import { parse as parseToml } from 'smol-toml';
import { FolderFiles } from '../repository/RepositoryFiles';

/** A dependency a manifest declares: its name (lower case), the version it asks for, where. */
export type DeclaredDependency = {
  name: string;
  version?: string;
  file: string;
};

const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** `Pydantic[email]>=2.0; python_version>"3.8"` → pydantic, >=2.0 (PEP 508, normalised). */
function pep508(spec: string): { name: string; version?: string } | undefined {
  const match =
    /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;#]*)/.exec(spec);
  if (!match) {
    return undefined;
  }
  const version = match[2].trim().replace(/^\(|\)$/g, '');
  return {
    name: match[1].toLowerCase().replace(/[._]+/g, '-'),
    ...(version ? { version } : {}),
  };
}

type Toml = Record<string, unknown>;
const table = (value: unknown): Toml =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Toml)
    : {};
const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];

function fromPyproject(text: string, file: string): DeclaredDependency[] {
  const doc = parseToml(text) as Toml;
  const project = table(doc.project);
  const poetry = table(table(doc.tool).poetry);
  const specs = [
    ...strings(project.dependencies),
    ...Object.values(table(project['optional-dependencies'])).flatMap(strings),
    ...Object.values(table(doc['dependency-groups'])).flatMap(strings),
    ...strings(table(table(doc.tool).uv)['dev-dependencies']),
  ];
  const poetryTables = [
    table(poetry.dependencies),
    table(poetry['dev-dependencies']),
    ...Object.values(table(poetry.group)).map(g =>
      table(table(g).dependencies),
    ),
  ];
  return [
    ...specs.flatMap(spec => {
      const parsed = pep508(spec);
      return parsed ? [{ ...parsed, file }] : [];
    }),
    ...poetryTables.flatMap(deps =>
      Object.entries(deps).map(([name, value]) => {
        const version =
          typeof value === 'string' ? value : (table(value).version as string);
        return {
          name: name.toLowerCase().replace(/[._]+/g, '-'),
          ...(typeof version === 'string' ? { version } : {}),
          file,
        };
      }),
    ),
  ];
}

function fromPackageJson(text: string, file: string): DeclaredDependency[] {
  const manifest = JSON.parse(text) as Record<string, unknown>;
  return [
    'dependencies',
    'devDependencies',
    'peerDependencies',
    'optionalDependencies',
  ].flatMap(key =>
    Object.entries(table(manifest[key])).map(([name, version]) => ({
      name: name.toLowerCase(),
      ...(typeof version === 'string' ? { version } : {}),
      file,
    })),
  );
}

function fromRequirements(text: string, file: string): DeclaredDependency[] {
  return text
    .split('\n')
    .map(line => line.replace(/#.*/, '').trim())
    .filter(line => line && !line.startsWith('-'))
    .flatMap(line => {
      const parsed = pep508(line);
      return parsed ? [{ ...parsed, file }] : [];
    });
}

function fromGoMod(text: string, file: string): DeclaredDependency[] {
  const found: DeclaredDependency[] = [];
  const requirement =
    /^\s*(?:require\s+)?([\w.-]+\.[\w.-]+\/[^\s]+)\s+(v[^\s]+)/gm;
  for (const match of text.matchAll(requirement)) {
    found.push({ name: match[1].toLowerCase(), version: match[2], file });
  }
  return found;
}

function fromPom(text: string, file: string): DeclaredDependency[] {
  const found: DeclaredDependency[] = [];
  for (const block of text.matchAll(/<dependency>([\s\S]*?)<\/dependency>/g)) {
    const tag = (name: string) =>
      new RegExp(`<${name}>\\s*([^<]+?)\\s*</${name}>`).exec(block[1])?.[1];
    const group = tag('groupId');
    const artifact = tag('artifactId');
    if (artifact) {
      const version = tag('version');
      for (const name of group
        ? [`${group}:${artifact}`, artifact]
        : [artifact]) {
        found.push({
          name: name.toLowerCase(),
          ...(version ? { version } : {}),
          file,
        });
      }
    }
  }
  return found;
}

function fromGradle(text: string, file: string): DeclaredDependency[] {
  const found: DeclaredDependency[] = [];
  const coordinates = /["']([\w.-]+):([\w.-]+)(?::([\w.+-]+))?["']/g;
  for (const match of text.matchAll(coordinates)) {
    for (const name of [`${match[1]}:${match[2]}`, match[2]]) {
      found.push({
        name: name.toLowerCase(),
        ...(match[3] ? { version: match[3] } : {}),
        file,
      });
    }
  }
  return found;
}

const PARSERS: [
  RegExp,
  (text: string, file: string) => DeclaredDependency[],
][] = [
  [/^pyproject\.toml$/, fromPyproject],
  [/^package\.json$/, fromPackageJson],
  [/^requirements.*\.txt$/, fromRequirements],
  [/^go\.mod$/, fromGoMod],
  [/^pom\.xml$/, fromPom],
  [/^build\.gradle(\.kts)?$/, fromGradle],
];

/**
 * Every dependency the folder's manifests declare (outside vendored folders, which reading
 * already skipped). A manifest that cannot be parsed declares nothing.
 */
export function declaredDependencies(files: FolderFiles): DeclaredDependency[] {
  return files.list().flatMap(path => {
    const parser = PARSERS.find(([name]) => name.test(base(path)))?.[1];
    const text = parser ? files.text(path) : undefined;
    if (!parser || text === undefined) {
      return [];
    }
    try {
      return parser(text, path);
    } catch {
      return [];
    }
  });
}
