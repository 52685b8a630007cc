#!/usr/bin/env node
// Every package the published type declarations import must be a declared dependency (or peer
// dependency) of the plugin package, or apps get types that do not resolve. The API reports
// (report*.api.md) list exactly those imports, so this reads them.
const { readFileSync, readdirSync, existsSync } = require('fs');
const { join } = require('path');

const root = join(__dirname, '..', 'plugins');
const problems = [];
for (const dir of readdirSync(root)) {
  const pkgPath = join(root, dir, 'package.json');
  if (!existsSync(pkgPath)) continue;
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const declared = new Set([
    pkg.name,
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
  ]);
  for (const file of readdirSync(join(root, dir))) {
    if (!/^report.*\.api\.md$/.test(file)) continue;
    const text = readFileSync(join(root, dir, file), 'utf8');
    for (const [, spec] of text.matchAll(/from '([^']+)'/g)) {
      if (spec.startsWith('.') || spec.startsWith('node:')) continue;
      const name = spec.startsWith('@')
        ? spec.split('/').slice(0, 2).join('/')
        : spec.split('/')[0];
      if (!declared.has(name)) {
        problems.push(
          `${dir}/${file} imports '${spec}', which ${pkg.name} does not declare`,
        );
      }
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('Every import of the published types is a declared dependency.');
