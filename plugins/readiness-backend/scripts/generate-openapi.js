#!/usr/bin/env node
/*
 * Turns src/schema/openapi.yaml into src/schema/openapi.generated.ts, a typed constant the
 * router is built from. Run `yarn generate:openapi` after editing the YAML; a test fails
 * while the two disagree.
 */
const fs = require('fs');
const path = require('path');
const { parse } = require('yaml');

const source = path.resolve(__dirname, '../src/schema/openapi.yaml');
const target = path.resolve(__dirname, '../src/schema/openapi.generated.ts');

const spec = parse(fs.readFileSync(source, 'utf8'));
fs.writeFileSync(
  target,
  `// Generated from openapi.yaml by scripts/generate-openapi.js. Do not edit.\n\nexport const spec = ${JSON.stringify(
    spec,
    null,
    2,
  )} as const;\n`,
);
