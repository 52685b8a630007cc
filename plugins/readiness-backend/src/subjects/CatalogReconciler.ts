import { storedEntityRef } from '@readiness/plugin-readiness-common';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ScoreSubject } from '../database/ReadinessStore';
import { StoredSubject, SubjectStore } from '../database/SubjectStore';
import { ScoreKeeper, ScoringItem } from '../domain/ScoreKeeper';
import { SubjectResolver } from '../domain/SubjectResolver';
import { CatalogReader } from '../service/CatalogReader';
import { SystemDomainCache } from './SystemDomainCache';
import { domainOfSystem, SUBJECT_FIELDS } from './subjectOfEntity';

/** What one reconcile did. */
export type ReconcileSummary = {
  /** In-scope entities the catalog showed. */
  inScope: number;
  /** Subjects created, with facts changed, or back in the catalog: all rescored. */
  added: number;
  changed: number;
  returned: number;
  /** Subjects that left the catalog (or every checklist's scope). */
  removed: number;
  /** Requests made to the catalog. */
  catalogRequests: number;
  durationMs: number;
};

const FACTS: (keyof ScoreSubject)[] = [
  'kind',
  'entityType',
  'owner',
  'system',
  'domain',
  'lifecycle',
  'title',
];

const sameFacts = (stored: StoredSubject, current: ScoreSubject) =>
  FACTS.every(key =>
    key === 'kind'
      ? stored.kind.toLocaleLowerCase('en-US') ===
        current.kind.toLocaleLowerCase('en-US')
      : (stored[key] ?? null) === (current[key] ?? null),
  );

/**
 * Keeps the readiness subjects in step with the catalog: every entity a checklist applies to
 * has one, with its owner, system, domain, kind, type, lifecycle and title as the catalog says.
 * It reads the catalog in pages with only the fields it needs; new, changed and returning
 * entities are rescored (a type change can select another checklist; answers are kept by
 * question id), and subjects the catalog no longer shows are marked removed, keeping their
 * answers and history.
 */
export class CatalogReconciler {
  constructor(
    private readonly options: {
      catalog: CatalogService;
      reader: CatalogReader;
      auth: AuthService;
      store: SubjectStore;
      subjects: SubjectResolver;
      keeper: ScoreKeeper;
      domains: SystemDomainCache;
      logger: LoggerService;
      pageSize?: number;
      clock?: () => Date;
    },
  ) {}

  async reconcile(): Promise<ReconcileSummary> {
    const started = performance.now();
    const now = this.options.clock?.() ?? new Date();
    const runAt = now.toISOString();
    const summary: ReconcileSummary = {
      inScope: 0,
      added: 0,
      changed: 0,
      returned: 0,
      removed: 0,
      catalogRequests: 0,
      durationMs: 0,
    };

    await this.walk(
      ['System'],
      [
        'kind',
        'metadata.namespace',
        'metadata.name',
        'spec.domain',
        'relations',
      ],
      summary,
      async systems => {
        for (const system of systems) {
          this.options.domains.remember(
            storedEntityRef(system),
            domainOfSystem(system),
          );
        }
      },
    );

    await this.walk(
      this.options.subjects.kinds,
      SUBJECT_FIELDS,
      summary,
      async entities => {
        await this.reconcilePage(entities, now, runAt, summary);
      },
    );

    // Only after a complete walk: a failed one must not take entities out.
    const removed = await this.options.store.markUnseenRemoved(runAt, runAt);
    summary.removed = removed.length;
    summary.durationMs = Math.round(performance.now() - started);
    this.options.logger.info(
      `Readiness reconcile: ${summary.inScope} entities in scope, ${summary.added} added, ${summary.changed} changed, ${summary.returned} returned, ${summary.removed} removed, ${summary.catalogRequests} catalog requests, ${summary.durationMs} ms`,
    );
    return summary;
  }

  private async reconcilePage(
    entities: Entity[],
    now: Date,
    runAt: string,
    summary: ReconcileSummary,
  ) {
    const { store, subjects, keeper } = this.options;
    const inScope: ScoringItem[] = [];
    for (const entity of entities) {
      const checklist = subjects.checklistFor(entity);
      if (checklist) {
        inScope.push({ subject: await subjects.subjectOf(entity), checklist });
      }
    }
    summary.inScope += inScope.length;
    const stored = await store.getSubjects(
      inScope.map(s => s.subject.entityRef),
    );
    const unchanged: string[] = [];
    const rescore: typeof inScope = [];
    for (const item of inScope) {
      const known = stored.get(item.subject.entityRef);
      if (!known) {
        summary.added += 1;
      } else if (known.removedAt) {
        summary.returned += 1;
      } else if (
        !sameFacts(known, item.subject) ||
        known.checklistId !== item.checklist.id
      ) {
        summary.changed += 1;
      } else {
        unchanged.push(item.subject.entityRef);
        continue;
      }
      rescore.push(item);
    }
    await store.markSeen(unchanged, runAt);
    await keeper.rescore(rescore, {
      now,
      seenInCatalog: true,
      cause: 'reconcile',
    });
  }

  /** Reads entities of the given kinds page by page, with only the given fields. */
  private async walk(
    kinds: string[],
    fields: string[],
    summary: ReconcileSummary,
    onPage: (entities: Entity[]) => Promise<void>,
  ) {
    const { catalog, reader, auth, pageSize = 1000 } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    let cursor: string | undefined;
    do {
      const request = cursor
        ? { cursor, limit: pageSize, fields }
        : { filter: { kind: kinds }, limit: pageSize, fields };
      summary.catalogRequests += 1;
      const page = await reader.call(
        'read the catalog for the readiness reconcile',
        () => catalog.queryEntities(request, { credentials }),
      );
      await onPage(page.items);
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
  }
}
