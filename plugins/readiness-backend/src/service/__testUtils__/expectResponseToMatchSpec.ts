import Ajv from 'ajv';
import { spec } from '../../schema/openapi.generated';

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema(spec as object, 'openapi');

const escape = (segment: string) =>
  segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Fails unless the response's body matches what openapi.yaml declares for that operation and
 * status, so the document cannot drift from what the router really sends.
 */
export function expectResponseToMatchSpec(
  path: keyof typeof spec.paths,
  method: string,
  response: { status: number; body: unknown },
) {
  const paths = spec.paths as unknown as Record<
    string,
    Record<string, { responses: Record<string, { $ref?: string }> }>
  >;
  const declared = paths[path][method].responses[String(response.status)];
  if (!declared) {
    throw new Error(
      `${method.toUpperCase()} ${path} does not declare status ${
        response.status
      }`,
    );
  }
  const base = declared.$ref
    ? `openapi${declared.$ref}`
    : `openapi#/paths/${escape(path)}/${method}/responses/${response.status}`;
  const validate = ajv.compile({
    $ref: `${base}/content/application~1json/schema`,
  });
  if (!validate(response.body)) {
    throw new Error(
      `${method.toUpperCase()} ${path} ${
        response.status
      } does not match the spec: ${ajv.errorsText(validate.errors)}`,
    );
  }
}
