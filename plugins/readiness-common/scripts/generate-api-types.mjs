#!/usr/bin/env node
/*
 * Generates src/generated/openapi.ts, the TypeScript types of every schema, parameter and
 * operation in the backend's openapi.yaml, with openapi-typescript. Run
 * `yarn generate:types` after editing the YAML; with `--check` it only compares, and
 * src/generated/apiTypes.test.ts fails while the two disagree.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const source = new URL(
  '../../readiness-backend/src/schema/openapi.yaml',
  import.meta.url,
);
const target = fileURLToPath(
  new URL('../src/generated/openapi.ts', import.meta.url),
);

const header = `/*
 * Generated from plugins/readiness-backend/src/schema/openapi.yaml by
 * scripts/generate-api-types.mjs (yarn generate:types). Do not edit.
 */

`;
// Left as openapi-typescript writes it (.prettierignore lists it), so the check needs no formatter.
const ast = await openapiTS(source, { exportType: true });
// As TSDoc, which the API report reads: descriptions are plain summaries, enums are in the
// types already, and each exported type is public API.
const generated =
  header +
  astToString(ast)
    .replace(/@description /g, '')
    .replace(/^\s*\/\*\* @enum \{\w+\} \*\/\n/gm, '')
    .replace(/^\s*\* @enum \{\w+\}\n/gm, '')
    .replace(
      /^export type (\w+) =/gm,
      "/** The API's $1, generated from openapi.yaml. @public */\nexport type $1 =",
    );

if (process.argv.includes('--check')) {
  const committed = fs.existsSync(target)
    ? fs.readFileSync(target, 'utf8')
    : '';
  if (committed !== generated) {
    process.stderr.write(
      'src/generated/openapi.ts differs from openapi.yaml: run `yarn workspace @readiness/plugin-readiness-common generate:types`\n',
    );
    process.exit(1);
  }
} else {
  fs.writeFileSync(target, generated);
}
