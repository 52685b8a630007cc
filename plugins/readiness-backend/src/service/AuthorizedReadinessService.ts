import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CompoundEntityRef, Entity } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { storedEntityRef } from '@readiness/plugin-readiness-common';
import { ScoreQuery } from '../database/ReadinessStore';
import { CatalogVisibility } from '../permissions/CatalogVisibility';
import {
  ReadinessAccessControl,
  UpdateRight,
} from '../permissions/ReadinessAuthorizer';
import { CatalogReader } from './CatalogReader';
import { assertCatalogCanName } from './entityRefProblems';
import { actorOf } from '../domain/actorOf';
import { ReadinessDomain } from '../domain/createReadinessDomain';
import { AnswerInput } from '../domain/validateAnswerInput';
import { ReadinessOperations } from './ReadinessOperations';

/**
 * The authorising wrapper around the {@link ReadinessDomain}, in the shape of the catalog backend's
 * `AuthorizedEntitiesCatalog`. The rule it enforces:
 *
 * - reading an entity's readiness, history or score requires that the caller may read the
 *   entity in the catalog: the entity is read with the caller's credentials (404 otherwise),
 *   and score lists hold only such entities;
 * - writing or clearing an answer, or refreshing the evidence, also requires `readiness.answer.update` on the entity (for a
 *   service, being listed in `readiness.permissions.serviceWriters`);
 * - approving or rejecting an exemption requires `readiness.exemption.approve` on the entity,
 *   and is for people only;
 * - the checklists are configuration, readable by any signed-in caller.
 */
export class AuthorizedReadinessService implements ReadinessOperations {
  constructor(
    private readonly options: {
      domain: Pick<
        ReadinessDomain,
        'reader' | 'writer' | 'scores' | 'evidence'
      >;
      catalog: CatalogReader;
      authorizer: ReadinessAccessControl;
      visibility: CatalogVisibility;
    },
  ) {}

  async listChecklists() {
    return this.options.domain.reader.listChecklists();
  }

  async getEntityReadiness(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
  ) {
    const { entity, right } = await this.read(ref, credentials);
    return this.options.domain.reader.getEntityReadiness(
      entity,
      right.accessTo(entity),
    );
  }

  async getEntityReadinessIfChanged(
    ref: CompoundEntityRef,
    options: {
      ifNoneMatch?: string;
      checklist: 'full' | 'reference';
      access: 'include' | 'omit';
    },
    credentials: BackstageCredentials,
  ) {
    const { reader } = this.options.domain;
    const { ifNoneMatch, checklist } = options;
    if (options.access === 'omit' && checklist !== 'reference') {
      throw new InputError(
        'access=omit needs checklist=reference: the full form always carries the access',
      );
    }
    assertCatalogCanName(ref);
    // The rows are read while the catalog is asked; they are used only for the entity the
    // catalog gives this caller, so the read is authorised exactly as any other.
    const prefetched = reader.prefetch(storedEntityRef(ref));
    if (options.access === 'omit') {
      const entity = await this.options.catalog.getEntity(ref, credentials);
      return reader.getEntityReadinessIfChanged(entity, undefined, {
        ifNoneMatch,
        checklist,
        prefetched,
      });
    }
    const { entity, right } = await this.read(ref, credentials);
    return reader.getEntityReadinessIfChanged(entity, right.accessTo(entity), {
      ifNoneMatch,
      checklist,
      prefetched,
    });
  }

  async getChecklist(id: string, _credentials: BackstageCredentials) {
    // Configuration, readable by any signed-in caller (as the list of checklists).
    const found = this.options.domain.reader.getChecklist(id);
    if (!found) {
      throw new NotFoundError(`No checklist '${id}'`);
    }
    return found;
  }

  async writeAnswers(
    ref: CompoundEntityRef,
    input: { checklistId: string; answers: AnswerInput[] },
    credentials: BackstageCredentials,
  ) {
    const { entity } = await this.readForUpdate(ref, credentials);
    return this.options.domain.writer.writeAnswers(
      entity,
      input,
      actorOf(credentials),
    );
  }

  async clearAnswer(
    ref: CompoundEntityRef,
    input: { questionId: string; expectedVersion: number },
    credentials: BackstageCredentials,
  ) {
    const { domain } = this.options;
    const { entity, right } = await this.readForUpdate(ref, credentials);
    const { change } = await domain.writer.clearAnswer(
      entity,
      input,
      actorOf(credentials),
    );
    return {
      result: await this.readinessAfterChange(entity, right),
      changes: [change],
    };
  }

  async decideExemption(
    ref: CompoundEntityRef,
    input: {
      questionId: string;
      expectedVersion: number;
      decision: 'approved' | 'rejected';
      note?: string;
    },
    credentials: BackstageCredentials,
  ) {
    const { domain } = this.options;
    const { entity, right } = await this.read(ref, credentials);
    right.assertCanApprove(entity);
    const { change } = await domain.writer.decideExemption(
      entity,
      input,
      actorOf(credentials),
    );
    return {
      result: await this.readinessAfterChange(entity, right),
      changes: [change],
    };
  }

  async refreshEvidence(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
  ) {
    const { domain } = this.options;
    const { entity, right } = await this.readForUpdate(ref, credentials);
    const changed = await domain.evidence.refreshNow(entity);
    return {
      result: await this.readinessAfterChange(entity, right),
      changed,
    };
  }

  async getHistory(
    ref: CompoundEntityRef,
    options: { questionId?: string; limit: number; beforeId?: number },
    credentials: BackstageCredentials,
  ) {
    const entity = await this.options.catalog.getEntity(ref, credentials);
    return this.options.domain.reader.getHistory(entity, options);
  }

  /** The entity's readiness after a change, as the caller sees it. */
  private readinessAfterChange(entity: Entity, right: UpdateRight) {
    return this.options.domain.reader.getEntityReadiness(
      entity,
      right.accessTo(entity),
    );
  }

  /**
   * The entity as the caller may read it, and their right to change it: one catalog request
   * and one permission decision, made at the same time.
   */
  private async read(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
  ) {
    const { catalog, authorizer } = this.options;
    const [entity, right] = await Promise.all([
      catalog.getEntity(ref, credentials),
      authorizer.updateRightOf(credentials),
    ]);
    return { entity, right };
  }

  private async readForUpdate(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
  ) {
    const read = await this.read(ref, credentials);
    read.right.assertCanUpdate(read.entity);
    return read;
  }

  /**
   * Scores of the entities the caller may read. When the catalog hides some entities from the
   * caller, each page is checked with one catalog request; a page may then hold fewer items than
   * asked for (follow `nextCursor`), and `totalCount` is left out, since counting would mean
   * asking the catalog about every entity.
   */
  async queryScores(query: ScoreQuery, credentials: BackstageCredentials) {
    const { domain, visibility } = this.options;
    const scope = await visibility.scopeFor(credentials);
    const page = await domain.scores.queryScores(query);
    if (scope.kind === 'all') {
      return page;
    }
    const visible = await visibility.visibleAmong(
      scope,
      page.items.map(item => item.entityRef),
    );
    const { totalCount: _hidden, ...rest } = page;
    return {
      ...rest,
      items: page.items.filter(item => visible.has(item.entityRef)),
    };
  }
}
