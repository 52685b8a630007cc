import { LoggerService } from '@backstage/backend-plugin-api';
import { ReadinessConfig } from '../config/readReadinessConfig';
import { ReadinessDatabase } from '../database/createReadinessDatabase';
import {
  noReadinessMetrics,
  ReadinessMetrics,
} from '../metrics/ReadinessMetrics';
import { SystemDomainCache } from '../subjects/SystemDomainCache';
import { AnswerWriter } from './AnswerWriter';
import { EntityReadinessReader, EvidenceReader } from './EntityReadinessReader';
import { EvidenceRefresher, EvidenceRunner } from './EvidenceRefresher';
import { ScoreCalculator } from './ScoreCalculator';
import { ScoreChangeBroadcaster } from './ScoreChangeBroadcaster';
import { ScoreKeeper } from './ScoreKeeper';
import { ScoreQueries } from './ScoreQueries';
import { ScoreRefresher } from './ScoreRefresher';
import { SubjectResolver } from './SubjectResolver';

/** The readiness domain, one part a concern; callers reach it through the authorising services. */
export type ReadinessDomain = {
  reader: EntityReadinessReader;
  writer: AnswerWriter;
  scores: ScoreQueries;
  evidence: EvidenceRefresher;
  refresher: ScoreRefresher;
  keeper: ScoreKeeper;
  subjects: SubjectResolver;
  calculator: ScoreCalculator;
};

/** Evidence without providers: nothing is ever automatic. */
const NO_EVIDENCE: EvidenceRunner & EvidenceReader = {
  hasProviders: false,
  isDue: async () => false,
  evaluate: async () => false,
  getEvidence: async () => [],
  getProblems: async () => [],
  titleOf: id => id,
};

/** Wires the domain's parts onto the stores. */
export function createReadinessDomain(options: {
  database: ReadinessDatabase;
  config: ReadinessConfig;
  domains: SystemDomainCache;
  broadcaster: ScoreChangeBroadcaster;
  /** Automatic answers; without it only people answer. */
  evidence?: EvidenceRunner & EvidenceReader;
  clock?: () => Date;
  metrics?: ReadinessMetrics;
  /** Where failures of background work (an evidence refresh after a write) are told. */
  logger?: LoggerService;
  /** Background work (rescoring after an evidence run) waits for it: requests go first. */
  yieldTo?: { whenIdle(maxWaitMs: number): Promise<void> };
}): ReadinessDomain {
  const { database, config, broadcaster } = options;
  const evidence = options.evidence ?? NO_EVIDENCE;
  const clock = options.clock ?? (() => new Date());
  const metrics = options.metrics ?? noReadinessMetrics;
  const { answers, transactions } = database;
  const calculator = new ScoreCalculator(config);
  const subjects = new SubjectResolver({
    checklists: config.checklists,
    domains: options.domains,
  });
  const keeper = new ScoreKeeper({
    transactions,
    calculator,
    broadcaster,
    readsEvidence: options.evidence !== undefined,
    metrics,
  });
  const refresher = new EvidenceRefresher({
    evidence,
    subjects,
    keeper,
    clock,
    logger: options.logger,
    yieldTo: options.yieldTo,
  });
  return {
    reader: new EntityReadinessReader({
      answers,
      evidence,
      subjects,
      calculator,
      config,
      clock,
    }),
    writer: new AnswerWriter({
      transactions,
      subjects,
      keeper,
      evidence: refresher,
      config,
      metrics,
      clock,
    }),
    scores: new ScoreQueries({ answers, levels: config.levels }),
    evidence: refresher,
    refresher: new ScoreRefresher({
      answers,
      subjects,
      calculator,
      keeper,
      clock,
    }),
    keeper,
    subjects,
    calculator,
  };
}
