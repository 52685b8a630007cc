#!/usr/bin/env node
/*
 * Generates, from the backend's openapi.yaml, src/generated/openapi.ts (the TypeScript types of
 * every schema, parameter and operation, with openapi-typescript) and src/generated/apiConstants.ts
 * (the input limits the spec sets, for the checks that also run on config and in forms, and
 * the values of its enums). Run
 * `yarn generate:types` after editing the YAML; with `--check` it only compares, and
 * src/generated/apiTypes.test.ts fails while they disagree.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

const source = new URL(
  '../../readiness-backend/src/schema/openapi.yaml',
  import.meta.url,
);
const target = fileURLToPath(
  new URL('../src/generated/openapi.ts', import.meta.url),
);
const constantsTarget = fileURLToPath(
  new URL('../src/generated/apiConstants.ts', import.meta.url),
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
    )
    // openapi-typescript's helper for `required` over an allOf, exported under a name of ours.
    .replace(/\bWithRequired\b/g, 'ApiWithRequired')
    .replace(
      /^type (\w+)</gm,
      '/** Makes properties K of T required (generated). @public */\nexport type $1<',
    );

const spec = parse(fs.readFileSync(source, 'utf8'));
const schemas = spec.components.schemas;
/** The one value every listed place of the spec gives, or a failure naming the places. */
const limit = (...places) => {
  const values = [...new Set(places)];
  if (values.length !== 1 || typeof values[0] !== 'number') {
    throw new Error(
      `openapi.yaml gives these limits different values: ${values}`,
    );
  }
  return values[0];
};
// `fields` names properties of Score: the two lists must be the same.
const scoreProperties = Object.keys(schemas.Score.properties).sort().join();
if (schemas.ScoreField.enum.slice().sort().join() !== scoreProperties) {
  throw new Error(
    'openapi.yaml: ScoreField must list exactly the properties of Score',
  );
}
const filters = Object.values(schemas.CampaignScope.properties);
const answersBody =
  spec.paths['/entities/{kind}/{namespace}/{name}/answers'].post.requestBody
    .content['application/json'].schema.properties.answers;
const limits = {
  answer: {
    noteLength: limit(schemas.AnswerNote.maxLength),
    links: limit(schemas.EvidenceLinks.maxItems),
    linkLength: limit(schemas.EvidenceLinks.items.maxLength),
    questionIdLength: limit(
      schemas.AnswerInput.properties.questionId.maxLength,
    ),
    perWrite: limit(answersBody.maxItems),
  },
  campaign: {
    titleLength: limit(schemas.CampaignInput.properties.title.maxLength),
    descriptionLength: limit(
      schemas.CampaignInput.properties.description.maxLength,
    ),
    scopeValues: limit(...filters.map(f => f.maxItems)),
    questions: limit(
      ...schemas.CampaignTarget.oneOf
        .filter(t => t.properties.questionIds)
        .map(t => t.properties.questionIds.maxItems),
    ),
    reminderDays: limit(schemas.CampaignInput.properties.reminderDays.maximum),
  },
};
// The values of the named string enums, in the spec's order (the order the UI offers them).
const values = Object.fromEntries(
  Object.entries(schemas)
    .filter(([, schema]) => schema.type === 'string' && schema.enum)
    .map(([name, schema]) => [name, schema.enum]),
);
const constantsSource = `${header}/**
 * The limits openapi.yaml sets on the API's input (lengths and counts), for the checks that also
 * run where the spec's validator does not: configuration, actions and forms.
 *
 * @public
 */
export const API_LIMITS = ${JSON.stringify(limits, null, 2)} as const;

/**
 * The values of each string enum openapi.yaml names, in its order.
 *
 * @public
 */
export const API_VALUES = ${JSON.stringify(values, null, 2)} as const;
`;

const outputs = [
  [target, generated],
  [constantsTarget, constantsSource],
];
if (process.argv.includes('--check')) {
  for (const [file, text] of outputs) {
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (committed !== text) {
      process.stderr.write(
        `${file} differs from openapi.yaml: run \`yarn workspace @readiness/plugin-readiness-common generate:types\`\n`,
      );
      process.exit(1);
    }
  }
} else {
  for (const [file, text] of outputs) fs.writeFileSync(file, text);
}
