import Ajv from 'ajv';
import { spec } from '../../schema/openapi.generated';

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema(spec as object, 'openapi');

const escape = (segment: string) =>
  segment.replace(/~/g, '~0').replace(/\//g, '~1');

type SpecPath = keyof typeof spec.paths;

const paths = spec.paths as unknown as Record<
  string,
  Record<
    string,
    { responses: Record<string, { $ref?: string; content?: unknown }> }
  >
>;

/**
 * What is wrong with a response of an operation, measured against openapi.yaml: a status the
 * operation does not declare, or a body that does not match the declared schema. Undefined
 * when it conforms.
 */
export function specViolation(
  path: SpecPath,
  method: string,
  response: { status: number; body: unknown },
): string | undefined {
  const declared = paths[path][method].responses[String(response.status)];
  if (!declared) {
    return `${method.toUpperCase()} ${path} does not declare status ${
      response.status
    }`;
  }
  if (!declared.$ref && !declared.content) {
    // A response declared without content (304) must come without a body.
    const empty =
      response.body === undefined ||
      response.body === '' ||
      (typeof response.body === 'object' &&
        response.body !== null &&
        Object.keys(response.body).length === 0);
    return empty
      ? undefined
      : `${method.toUpperCase()} ${path} ${
          response.status
        } declares no body but has one`;
  }
  const base = declared.$ref
    ? `openapi${declared.$ref}`
    : `openapi#/paths/${escape(path)}/${method}/responses/${response.status}`;
  const validate = ajv.compile({
    $ref: `${base}/content/application~1json/schema`,
  });
  if (!validate(response.body)) {
    return `${method.toUpperCase()} ${path} ${
      response.status
    } does not match the spec: ${ajv.errorsText(validate.errors)}`;
  }
  return undefined;
}

/**
 * Fails unless the response's body matches what openapi.yaml declares for that operation and
 * status, so the document cannot drift from what the router really sends.
 */
export function expectResponseToMatchSpec(
  path: SpecPath,
  method: string,
  response: { status: number; body: unknown },
) {
  const violation = specViolation(path, method, response);
  if (violation) {
    throw new Error(violation);
  }
}

const templates = Object.keys(paths).map(path => ({
  path: path as SpecPath,
  pattern: new RegExp(
    `^${path
      .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      .replace(/\{[^}]+\}/g, '[^/]+')}$`,
  ),
  // Literal segments win over parameters (`/subjects/removed` before `/subjects/{id}`).
  literal: path.replace(/\{[^}]+\}/g, '').length,
}));
templates.sort((a, b) => b.literal - a.literal);

/** The operation of openapi.yaml that a request path (below the plugin's base) and method name. */
export function operationOf(
  pathname: string,
  method: string,
): { path: SpecPath; method: string } | undefined {
  const lower = method.toLowerCase();
  // Express routes `/campaigns/` as `/campaigns`.
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const match = templates.find(
    t => t.pattern.test(path) && paths[t.path][lower],
  );
  return match ? { path: match.path, method: lower } : undefined;
}
