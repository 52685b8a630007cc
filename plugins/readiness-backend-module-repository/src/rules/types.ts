import { AnswerStatus } from '@readiness/plugin-readiness-common';

/**
 * A fact about a repository, written as data. Paths are relative to the entity's folder (its
 * `backstage.io/source-location`), globs as minimatch reads them (`**` for any depth).
 *
 * @public
 */
export type RepositoryPredicate =
  /** A file matching one of the globs exists; with `contains` or `matches`, one whose content does. */
  | {
      files: string | string[];
      /** Text the file holds. */
      contains?: string;
      /** A regular expression (RE2 syntax, matched in linear time) the file's content matches. */
      matches?: string;
      /** A path into a JSON or YAML file (`compilerOptions.strict`) that exists or has `equals`. */
      path?: string;
      equals?: string | number | boolean;
    }
  /** A dependency declared in a manifest (package.json, pyproject.toml, requirements*.txt, go.mod, pom.xml, build.gradle). */
  | {
      dependency: string | string[];
      /** A semver range the declared version must satisfy. */
      version?: string;
    }
  | { any: RepositoryPredicate[] }
  | { all: RepositoryPredicate[] }
  | { not: RepositoryPredicate };

/**
 * One way a rule can conclude: the status and note it gives when its predicate holds. `{files}`
 * in the note becomes the files that proved it.
 *
 * @public
 */
export type RepositoryOutcome = {
  status: AnswerStatus;
  when: RepositoryPredicate;
  note: string;
};

/**
 * How one checklist question is answered from a repository: the first outcome whose predicate
 * holds gives the answer; when none does, `otherwise` (if any) does, else the rule gives none.
 *
 * @public
 */
export type RepositoryRule = {
  questionId: string;
  outcomes: RepositoryOutcome[];
  otherwise?: { status: AnswerStatus; note: string };
};
