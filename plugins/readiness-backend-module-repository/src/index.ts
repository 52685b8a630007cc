/**
 * Readiness backend module: answers checklist questions from each entity's own repository.
 *
 * @packageDocumentation
 */

export { readinessModuleRepository as default } from './module';
export type {
  RepositoryOutcome,
  RepositoryPredicate,
  RepositoryRule,
} from './rules/types';
export { BUILTIN_RULES } from './rules/builtinRules';
