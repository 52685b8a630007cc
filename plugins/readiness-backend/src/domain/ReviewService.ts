import { InputError } from '@backstage/errors';
import { SubjectFilters } from '../database/ReadinessStore';
import {
  QuestionFigures,
  ReadinessReport,
  ReadinessTrends,
  ReviewFilters,
  ReviewGroupBy,
  ReviewPopulation,
  ReviewEvidenceProblems,
  ReviewExemptions,
  questionApplies,
} from '@readiness/plugin-readiness-common';
import { ReadinessConfig } from '../config/readReadinessConfig';
import { ReviewStore, TargetedQuestions } from '../database/ReviewStore';
import { figureTotals } from './figureTotals';
import { targetedQuestionsOf } from './targetedQuestions';
import { sectionCells } from './sectionCells';
import { EvidenceStore } from '../database/EvidenceStore';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Exemptions expiring this soon are listed for review. */
const EXPIRING_WITHIN_DAYS = 30;
/** The most exemptions of each list the review returns; the totals say how many there are. */
const EXEMPTIONS_LISTED = 100;

const dayOf = (time: Date) => time.toISOString().slice(0, 10);

/**
 * The org-wide review: assembles the report and trends from the review store's SQL
 * aggregates and the configured checklists (for question texts and sections). Callers go
 * through {@link AuthorizedReviewService}; `visibleEntityRefs`, when given, limits every figure
 * to the entities the caller may read.
 */
export class ReviewService {
  /** The checklists' questions asked of only some entities: configuration, so found once. */
  private readonly targeted: TargetedQuestions[];

  constructor(
    private readonly options: {
      store: ReviewStore;
      config: ReadinessConfig;
      /** The providers' problems, and their titles for people. */
      evidence?: {
        store: Pick<EvidenceStore, 'listProblems'>;
        titleOf(providerId: string): string;
      };
      clock?: () => Date;
    },
  ) {
    this.targeted = targetedQuestionsOf(options.config.checklists);
  }

  async getReport(
    groupBy: ReviewGroupBy,
    requested: ReviewFilters,
    visibleEntityRefs?: string[],
    population: ReviewPopulation = 'all',
  ): Promise<ReadinessReport> {
    const { store, config } = this.options;
    const filters: SubjectFilters = {
      ...requested,
      visibleEntityRefs,
      population,
    };
    const now = this.now();
    const levelIds = config.levels.map(l => l.id);
    const staleBefore = new Date(
      now.getTime() - config.reviewIntervalDays * DAY_MS,
    ).toISOString();

    const [groupFigures, sectionSums, counts, subjectCounts, facets] =
      await Promise.all([
        store.getFigures({ filters, groupBy, levelIds }),
        store.getSectionSums({ filters, groupBy }),
        store.getQuestionCounts({
          filters,
          staleBefore,
          targeted: this.targeted,
          now: now.toISOString(),
        }),
        store.countSubjects(filters),
        store.getFacets({ visibleEntityRefs }),
      ]);

    // Questions are counted by id: checklists that share a question (one extends another)
    // share its figures, over all entities whose checklist asks it of them. A question asked
    // of none of the filtered entities is left out.
    const sections = new Map<string, string>();
    const questions = new Map<string, QuestionFigures>();
    const countsByQuestion = new Map(counts.map(c => [c.questionId, c]));
    for (const checklist of config.checklists) {
      const subjects = subjectCounts.filter(
        c => c.checklistId === checklist.id,
      );
      for (const section of checklist.sections) {
        for (const question of section.questions) {
          const entities = subjects
            .filter(c =>
              questionApplies(section, question, {
                kind: c.kind,
                spec: { type: c.entityType ?? undefined },
              }),
            )
            .reduce((n, c) => n + c.entities, 0);
          if (entities === 0) {
            continue;
          }
          if (!sections.has(section.id)) {
            sections.set(section.id, section.title);
          }
          const known = questions.get(question.id);
          if (known) {
            known.entities += entities;
            continue;
          }
          const c = countsByQuestion.get(question.id) ?? {
            yes: 0,
            partial: 0,
            no: 0,
            na: 0,
            stale: 0,
            automatic: 0,
          };
          questions.set(question.id, {
            checklistId: checklist.id,
            questionId: question.id,
            sectionId: section.id,
            text: question.text,
            entities,
            yes: c.yes,
            partial: c.partial,
            no: c.no,
            na: c.na,
            stale: c.stale,
            automatic: c.automatic,
            unanswered: 0,
          });
        }
      }
    }
    for (const q of questions.values()) {
      q.unanswered = Math.max(
        0,
        q.entities - (q.yes + q.partial + q.no + q.na + q.stale),
      );
    }

    return {
      groupBy,
      filters: requested,
      population,
      totals: figureTotals(groupFigures, levelIds),
      groups: groupFigures.map(
        ({ scoreSum: _s, scored: _c, ...group }) => group,
      ),
      sections: [...sections].map(([id, title]) => ({ id, title })),
      sectionScores: sectionCells(sectionSums).filter(cell =>
        sections.has(cell.sectionId),
      ),
      questions: [...questions.values()],
      levels: config.levels,
      facets,
      generatedAt: now.toISOString(),
    };
  }

  async getTrends(
    options: {
      groupBy: ReviewGroupBy | 'all';
      days: number;
      filters: ReviewFilters;
    },
    visibleEntityRefs?: string[],
  ): Promise<ReadinessTrends> {
    const { config, store } = this.options;
    if (options.days > config.snapshotRetentionDays) {
      throw new InputError(
        `days is ${options.days}, but snapshots are kept for ${config.snapshotRetentionDays} days`,
      );
    }
    const from = dayOf(
      new Date(this.now().getTime() - (options.days - 1) * DAY_MS),
    );
    const points = await store.getTrends({
      filters: { ...options.filters, visibleEntityRefs },
      groupBy: options.groupBy === 'all' ? undefined : options.groupBy,
      fromDay: from,
      levelIds: config.levels.map(l => l.id),
    });
    return { groupBy: options.groupBy, from, points };
  }

  /** One entity's score per day over the last `days` days, from the snapshots. */
  /** The entities whose automatic evidence could not be checked, longest failing first. */
  async getEvidenceProblems(
    requested: ReviewFilters,
    visibleEntityRefs?: string[],
  ): Promise<ReviewEvidenceProblems> {
    const { evidence } = this.options;
    if (!evidence) {
      return { items: [], totalCount: 0 };
    }
    const { items, totalCount } = await evidence.store.listProblems({
      filters: { ...requested, visibleEntityRefs },
      limit: EXEMPTIONS_LISTED,
    });
    return {
      totalCount,
      items: items.map(({ failingSince, ...item }) => ({
        ...item,
        providerTitle: evidence.titleOf(item.providerId),
        since: failingSince,
      })),
    };
  }

  /** Pending exemptions and those expiring within 30 days, with their question texts. */
  async getExemptions(
    requested: ReviewFilters,
    visibleEntityRefs?: string[],
  ): Promise<ReviewExemptions> {
    const { store, config } = this.options;
    const now = this.now();
    const listed = await store.listExemptions({
      filters: { ...requested, visibleEntityRefs },
      now: now.toISOString(),
      expiringBy: new Date(
        now.getTime() + EXPIRING_WITHIN_DAYS * DAY_MS,
      ).toISOString(),
      limit: EXEMPTIONS_LISTED,
    });
    const textOf = (checklistId: string, questionId: string) =>
      config.checklists
        .find(c => c.id === checklistId)
        ?.sections.flatMap(s => s.questions)
        .find(q => q.id === questionId)?.text ?? questionId;
    const withText = (page: typeof listed.pending) => ({
      totalCount: page.totalCount,
      items: page.items.map(({ checklistId, ...item }) => ({
        ...item,
        questionText: textOf(checklistId, item.questionId),
      })),
    });
    return {
      pending: withText(listed.pending),
      expiring: withText(listed.expiring),
      expiringWithinDays: EXPIRING_WITHIN_DAYS,
    };
  }

  async getEntityTrend(entityRef: string, days: number) {
    const { config, store } = this.options;
    if (days > config.snapshotRetentionDays) {
      throw new InputError(
        `days is ${days}, but snapshots are kept for ${config.snapshotRetentionDays} days`,
      );
    }
    const from = dayOf(new Date(this.now().getTime() - (days - 1) * DAY_MS));
    return { from, points: await store.getEntityTrend(entityRef, from) };
  }

  /**
   * Writes today's snapshot of every stored score (each run replaces today's, so a day keeps
   * its last state) and drops snapshots older than the retention.
   */
  async takeDailySnapshot(): Promise<{
    day: string;
    written: number;
    pruned: number;
  }> {
    const { store, config } = this.options;
    const now = this.now();
    const day = dayOf(now);
    const written = await store.takeSnapshot(day);
    const pruned = await store.pruneSnapshots(
      dayOf(new Date(now.getTime() - config.snapshotRetentionDays * DAY_MS)),
    );
    return { day, written, pruned };
  }

  private now() {
    return this.options.clock?.() ?? new Date();
  }
}
