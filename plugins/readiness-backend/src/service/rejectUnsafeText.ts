import { InputError } from '@backstage/errors';
import { textProblem } from '@readiness/plugin-readiness-common';
import { RequestHandler, Router } from 'express';

/** Body fields that hold prose, where tabs and line breaks are fine. */
const MULTILINE_FIELDS = new Set(['note']);

function* strings(
  value: unknown,
  path: string,
): Generator<[path: string, value: string, field: string]> {
  if (typeof value === 'string') {
    yield [path, value, path.replace(/^.*[.\]]/, '')];
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      yield* strings(value[i], `${path}[${i}]`);
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      yield* strings(inner, path ? `${path}.${key}` : key);
    }
  }
}

function check(where: string, value: unknown) {
  for (const [path, text, field] of strings(value, '')) {
    const problem = textProblem(text, {
      multiline: where === 'body' && MULTILINE_FIELDS.has(field),
    });
    if (problem) {
      throw new InputError(`${where} field '${path}' ${problem}`);
    }
  }
}

/**
 * Refuses text that no database should be asked to store or compare, before any handler runs:
 * control characters (PostgreSQL rejects NUL outright; SQLite would store it) and unpaired
 * surrogates (which PostgreSQL would turn into U+FFFD). The same request is then a 400 on every
 * database, naming the field.
 */
export const rejectUnsafeQueryAndBody: RequestHandler = (req, _res, next) => {
  check('query', req.query);
  check('body', req.body);
  next();
};

/** The same check for the path parameters of the given routes' parameter names. */
export function rejectUnsafePathParams(router: Router, names: string[]) {
  for (const name of names) {
    router.param(name, (_req, _res, next, value: unknown) => {
      const problem =
        typeof value === 'string' ? textProblem(value) : undefined;
      next(
        problem
          ? new InputError(`path parameter '${name}' ${problem}`)
          : undefined,
      );
    });
  }
}
