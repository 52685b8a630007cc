import { Entity } from '@backstage/catalog-model';
import {
  applicableChecklist,
  Checklist,
  ChecklistSubject,
  selectChecklist,
} from '@readiness/plugin-readiness-common';
import { ScoreSubject } from '../database/ReadinessStore';
import { SystemDomainCache } from '../subjects/SystemDomainCache';
import { subjectOfEntity, systemOf } from '../subjects/subjectOfEntity';

/**
 * What readiness makes of a catalog entity: the checklist that applies to it, and the catalog
 * facts stored beside its score (the domain comes from its system, through the cache).
 */
export class SubjectResolver {
  constructor(
    private readonly options: {
      checklists: Checklist[];
      domains: SystemDomainCache;
    },
  ) {}

  /** The checklist that applies to the entity, with only the questions asked of it. */
  checklistFor(entity: Entity): Checklist | undefined {
    return this.applicableTo(entity);
  }

  /** The checklist of a stored subject, from the kind and type stored with its score. */
  checklistOfStored(subject: ScoreSubject): Checklist | undefined {
    return this.applicableTo({
      kind: subject.kind,
      spec: { type: subject.entityType },
    });
  }

  /** The whole checklist that applies to the entity, questions not asked of it included. */
  wholeChecklistFor(entity: ChecklistSubject): Checklist | undefined {
    return selectChecklist(this.options.checklists, entity);
  }

  private applicableTo(entity: ChecklistSubject) {
    const checklist = selectChecklist(this.options.checklists, entity);
    return checklist && applicableChecklist(checklist, entity);
  }

  async subjectOf(entity: Entity): Promise<ScoreSubject> {
    const system = systemOf(entity);
    return subjectOfEntity(
      entity,
      system ? await this.options.domains.domainOf(system) : undefined,
    );
  }

  /** The entity kinds some checklist applies to: what the tasks read from the catalog. */
  get kinds(): string[] {
    return [
      ...new Set(
        this.options.checklists.flatMap(c => c.appliesTo.map(t => t.kind)),
      ),
    ];
  }
}
