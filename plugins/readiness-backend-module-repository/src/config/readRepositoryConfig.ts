import { Config } from '@backstage/config';
import { defaultChecklist } from '@readiness/plugin-readiness-common';
import { BUILTIN_RULES } from '../rules/builtinRules';
import { CompiledRule, compileRules } from '../rules/compileRules';
import { RepositoryRule } from '../rules/types';

/** The module's settings, read once at start-up. */
export type RepositoryConfig = {
  rules: CompiledRule[];
  concurrency: number;
  timeoutMs: number;
  reuseMs: number;
  maxFileBytes: number;
  maxCachedBytes: number;
  backoffMs: number;
};

/** The question ids of every checklist: the built-in one and those configured. */
function questionIdsOf(config: Config): Set<string> {
  const ids = new Set(
    defaultChecklist.sections.flatMap(s => s.questions.map(q => q.id)),
  );
  for (const checklist of config.getOptionalConfigArray(
    'readiness.checklists',
  ) ?? []) {
    for (const section of checklist.getOptionalConfigArray('sections') ?? []) {
      for (const question of section.getOptionalConfigArray('questions') ??
        []) {
        ids.add(question.getString('id'));
      }
    }
  }
  return ids;
}

function positive(config: Config | undefined, key: string, fallback: number) {
  const value = config?.getOptionalNumber(key) ?? fallback;
  if (!(value > 0)) {
    throw new Error(
      `readiness.repository.${key} must be greater than 0, got ${value}`,
    );
  }
  return value;
}

/**
 * Reads `readiness.repository`. Every problem (an invalid glob, regular expression, version
 * range, status or question id) refuses to start, naming its key.
 */
export function readRepositoryConfig(root: Config): RepositoryConfig {
  const config = root.getOptionalConfig('readiness.repository');
  const questionIds = questionIdsOf(root);
  const own = compileRules(
    (config?.getOptional<RepositoryRule[]>('rules') ?? []) as RepositoryRule[],
    { where: 'readiness.repository.rules', questionIds },
  );
  const builtin =
    config?.getOptionalBoolean('builtinRules') === false
      ? []
      : compileRules(
          BUILTIN_RULES.filter(rule => questionIds.has(rule.questionId)),
          { where: 'built-in rules', questionIds },
        );
  return {
    rules: [...own, ...builtin],
    concurrency: positive(config, 'concurrency', 4),
    timeoutMs: positive(config, 'timeoutSeconds', 60) * 1000,
    reuseMs: positive(config, 'reuseMinutes', 30) * 60_000,
    maxFileBytes: positive(config, 'maxFileKilobytes', 512) * 1024,
    maxCachedBytes: positive(config, 'maxCachedMegabytes', 64) * 1024 * 1024,
    backoffMs: positive(config, 'rateLimitBackoffSeconds', 60) * 1000,
  };
}
