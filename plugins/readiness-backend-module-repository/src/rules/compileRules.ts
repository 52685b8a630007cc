import {
  ANSWER_STATUSES,
  AnswerStatus,
} from '@readiness/plugin-readiness-common';
import { Minimatch } from 'minimatch';
import { satisfies, validRange, coerce } from 'semver';
import { parse as parseYaml } from 'yaml';
import { FolderFiles } from '../repository/RepositoryFiles';
import { DeclaredDependency } from './dependencies';
import { compileSafeRegex } from './safeRegex';
import { RepositoryPredicate, RepositoryRule } from './types';

/** What a predicate found: whether it holds, and the files that prove it. */
export type Finding = { holds: boolean; files: string[] };

/** What a predicate needs of one folder. */
export type RuleContext = {
  files: FolderFiles;
  dependencies: () => DeclaredDependency[];
};

export type CompiledPredicate = (context: RuleContext) => Finding;

/** A rule ready to run: what it answers and how. */
export type CompiledRule = {
  questionId: string;
  evaluate(
    context: RuleContext,
  ): { status: AnswerStatus; note: string; files: string[] } | undefined;
};

const list = (value: string | string[]) =>
  Array.isArray(value) ? value : [value];

/** Reads `a.b.0.c` out of parsed JSON or YAML. */
function valueAt(doc: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object'
          ? (value as Record<string, unknown>)[key]
          : undefined,
      doc,
    );
}

function parsedDocument(text: string, path: string): unknown {
  try {
    return /\.ya?ml$/.test(path) ? parseYaml(text) : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Whether every `open` has its `close`, ignoring escaped ones. */
function balanced(glob: string, open: string, close: string) {
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') {
      i += 1;
    } else if (glob[i] === open) {
      depth += 1;
    } else if (glob[i] === close && --depth < 0) {
      return false;
    }
  }
  return depth === 0;
}

function fileFinding(
  predicate: Extract<RepositoryPredicate, { files: unknown }>,
  where: string,
): CompiledPredicate {
  const globs = list(predicate.files).map((glob, i) => {
    if (typeof glob !== 'string' || !glob || glob.startsWith('/')) {
      throw new Error(
        `${where}.files[${i}] must be a glob relative to the entity's folder`,
      );
    }
    const matcher = new Minimatch(glob, { dot: true, nocomment: true });
    const pattern = matcher.makeRe();
    // minimatch reads anything; a glob with unbalanced brackets or one that can never match
    // (`[z-a]`) is a mistake worth refusing.
    if (
      pattern === false ||
      pattern.source.includes('$.$') ||
      !balanced(glob, '[', ']') ||
      !balanced(glob, '{', '}') ||
      glob.split('/').includes('..')
    ) {
      throw new Error(`${where}.files[${i}] '${glob}' is not a valid glob`);
    }
    // The matcher's regular expression: testing it allocates nothing, unlike match().
    return pattern;
  });
  let regex: ReturnType<typeof compileSafeRegex> | undefined;
  if (predicate.matches !== undefined) {
    try {
      regex = compileSafeRegex(predicate.matches);
    } catch (error) {
      throw new Error(
        `${where}.matches '${
          predicate.matches
        }' is not a valid RE2 regular expression: ${(error as Error).message}`,
      );
    }
  }
  const looksInside =
    predicate.contains !== undefined ||
    regex !== undefined ||
    predicate.path !== undefined;
  return ({ files }) => {
    let matched = files.list().filter(path => globs.some(g => g.test(path)));
    if (looksInside) {
      matched = matched.filter(path => {
        const text = files.text(path);
        if (text === undefined) {
          return false;
        }
        if (
          predicate.contains !== undefined &&
          !text.includes(predicate.contains)
        ) {
          return false;
        }
        if (regex && !regex.test(text)) {
          return false;
        }
        if (predicate.path !== undefined) {
          const value = valueAt(parsedDocument(text, path), predicate.path);
          return predicate.equals === undefined
            ? value !== undefined
            : value === predicate.equals;
        }
        return true;
      });
    }
    return { holds: matched.length > 0, files: matched };
  };
}

function dependencyFinding(
  predicate: Extract<RepositoryPredicate, { dependency: unknown }>,
  where: string,
): CompiledPredicate {
  const names = list(predicate.dependency).map(n => n.toLowerCase());
  if (predicate.version !== undefined && !validRange(predicate.version)) {
    throw new Error(
      `${where}.version '${predicate.version}' is not a semver range`,
    );
  }
  return ({ dependencies }) => {
    const found = dependencies().filter(d => {
      if (!names.includes(d.name)) {
        return false;
      }
      if (predicate.version === undefined) {
        return true;
      }
      const declared = d.version ? coerce(d.version) : null;
      return declared !== null && satisfies(declared, predicate.version);
    });
    return {
      holds: found.length > 0,
      files: [...new Set(found.map(d => d.file))],
    };
  };
}

/** Turns a predicate into a function, refusing (with its key) anything it cannot check. */
export function compilePredicate(
  predicate: RepositoryPredicate,
  where: string,
): CompiledPredicate {
  if (predicate === null || typeof predicate !== 'object') {
    throw new Error(`${where} must be an object`);
  }
  if ('files' in predicate) {
    return fileFinding(predicate, where);
  }
  if ('dependency' in predicate) {
    return dependencyFinding(predicate, where);
  }
  if ('any' in predicate || 'all' in predicate) {
    const key = 'any' in predicate ? 'any' : 'all';
    const parts = (predicate as Record<string, RepositoryPredicate[]>)[key];
    if (!Array.isArray(parts) || parts.length === 0) {
      throw new Error(`${where}.${key} must list at least one predicate`);
    }
    const compiled = parts.map((p, i) =>
      compilePredicate(p, `${where}.${key}[${i}]`),
    );
    return context => {
      const findings = compiled.map(p => p(context));
      const holding = findings.filter(f => f.holds);
      const holds =
        key === 'any' ? holding.length > 0 : holding.length === findings.length;
      return {
        holds,
        files: holds ? [...new Set(holding.flatMap(f => f.files))] : [],
      };
    };
  }
  if ('not' in predicate) {
    const inner = compilePredicate(predicate.not, `${where}.not`);
    return context => ({ holds: !inner(context).holds, files: [] });
  }
  throw new Error(
    `${where} must have one of files, dependency, any, all or not`,
  );
}

function checkStatus(status: unknown, where: string): AnswerStatus {
  if (!ANSWER_STATUSES.includes(status as AnswerStatus)) {
    throw new Error(
      `${where}.status must be one of ${ANSWER_STATUSES.join(', ')}`,
    );
  }
  return status as AnswerStatus;
}

/**
 * Checks and compiles rules: every question must be one the checklists ask, every glob, regular
 * expression and version range valid. A problem throws an error naming its key (`where`).
 */
export function compileRules(
  rules: RepositoryRule[],
  options: { where: string; questionIds: Set<string> },
): CompiledRule[] {
  return rules.map((rule, i) => {
    const where = `${options.where}[${i}]`;
    if (!options.questionIds.has(rule.questionId)) {
      throw new Error(
        `${where}.questionId '${rule.questionId}' is not a question of any readiness checklist`,
      );
    }
    if (!Array.isArray(rule.outcomes) || rule.outcomes.length === 0) {
      throw new Error(`${where}.outcomes must list at least one outcome`);
    }
    const outcomes = rule.outcomes.map((outcome, j) => ({
      status: checkStatus(outcome.status, `${where}.outcomes[${j}]`),
      note: outcome.note,
      when: compilePredicate(outcome.when, `${where}.outcomes[${j}].when`),
    }));
    const otherwise = rule.otherwise && {
      status: checkStatus(rule.otherwise.status, `${where}.otherwise`),
      note: rule.otherwise.note,
    };
    return {
      questionId: rule.questionId,
      evaluate: context => {
        for (const outcome of outcomes) {
          const finding = outcome.when(context);
          if (finding.holds) {
            return {
              status: outcome.status,
              note: noteWith(outcome.note, finding.files),
              files: finding.files,
            };
          }
        }
        return otherwise && { ...otherwise, files: [] };
      },
    };
  });
}

/** At most this many files are named in a note and linked. */
export const MAX_PROOF_FILES = 5;

function noteWith(note: string, files: string[]) {
  const shown = files.slice(0, MAX_PROOF_FILES);
  const more = files.length - shown.length;
  return note.replace(
    '{files}',
    `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
  );
}
