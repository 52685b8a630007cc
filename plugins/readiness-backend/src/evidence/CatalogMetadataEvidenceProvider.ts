import {
  ANNOTATION_SOURCE_LOCATION,
  Entity,
  RELATION_HAS_MEMBER,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
  parseEntityRef,
} from '@backstage/catalog-model';
import { entityName } from './entityName';
import {
  EvidenceAnswer,
  EvidenceContext,
  ReadinessEvidenceProvider,
} from '@readiness/plugin-readiness-node';

const CI_ANNOTATIONS = [
  'github.com/project-slug',
  'gitlab.com/project-slug',
  'jenkins.io/job-full-name',
  'jenkins.io/github-folder',
  'circleci.com/project-slug',
  'buildkite.com/project-slug',
  'dev.azure.com/project-repo',
];
const ON_CALL_ANNOTATIONS = [
  'pagerduty.com/service-id',
  'pagerduty.com/integration-key',
  'opsgenie.com/component-selector',
  'splunk.com/on-call-team',
];
const QUALITY_GATE_ANNOTATIONS = ['sonarqube.org/project-key'];
const SECURITY_SCAN_ANNOTATIONS = [
  'snyk.io/org-name',
  'snyk.io/target-id',
  'github.com/dependabot',
];
const CHAT_LINK = /slack|teams\.microsoft|mattermost|discord|chat/i;

const targets = (entity: Entity, type: string) =>
  (entity.relations ?? []).filter(r => r.type === type).map(r => r.targetRef);

const firstAnnotation = (entity: Entity, keys: string[]) =>
  keys.find(key => entity.metadata.annotations?.[key]);

/** A catalog URL for an entity ref, for evidence links. */
const catalogPath = (ref: string) => {
  const { kind, namespace, name } = parseEntityRef(ref);
  return `/catalog/${namespace}/${kind.toLocaleLowerCase('en-US')}/${name}`;
};

/**
 * Answers default-checklist questions from what the catalog already knows: the owner group and
 * its members, the source location, provided APIs, system and domain, lifecycle, TechDocs, CI,
 * on-call, quality-gate and security-scanning annotations, and chat links. It answers only
 * when the metadata is evidence; missing metadata leaves most questions to people.
 */
export class CatalogMetadataEvidenceProvider
  implements ReadinessEvidenceProvider
{
  readonly id = 'catalog-metadata';
  readonly title = 'Catalog metadata';
  readonly questionIds = [
    'communication.team',
    'communication.single-repository',
    'communication.business-value',
    'communication.channels',
    'architecture.use-cases',
    'architecture.release-process',
    'web-servers.exposes-api',
    'software-quality.ci',
    'software-quality.monitoring',
    'software-quality.quality-gates',
    'software-quality.security-scanning',
  ] as const;

  async evaluate(
    entity: Entity,
    context: EvidenceContext,
  ): Promise<EvidenceAnswer[]> {
    const answers: EvidenceAnswer[] = [];
    const annotations = entity.metadata.annotations ?? {};

    const [owner] = targets(entity, RELATION_OWNED_BY);
    if (owner?.startsWith('group:')) {
      const group = await context.getEntity(owner);
      const members = group ? targets(group, RELATION_HAS_MEMBER) : [];
      answers.push(
        members.length
          ? {
              questionId: 'communication.team',
              status: 'yes',
              note: `Owned by ${entityName(owner, group)}, a group with ${
                members.length
              } member${members.length === 1 ? '' : 's'} in the catalog.`,
              links: [catalogPath(owner)],
            }
          : {
              questionId: 'communication.team',
              status: 'partial',
              note: `Owned by ${entityName(
                owner,
                group,
              )}, but the catalog lists no members for it.`,
              links: [catalogPath(owner)],
            },
      );
    } else if (owner) {
      answers.push({
        questionId: 'communication.team',
        status: 'partial',
        note: `Owned by a single person (${entityName(owner)}), not a team.`,
      });
    }

    const source = annotations[ANNOTATION_SOURCE_LOCATION];
    answers.push(
      source
        ? {
            questionId: 'communication.single-repository',
            status: 'yes',
            note: 'The source location is annotated in the catalog.',
            links: [source.replace(/^url:/, '')],
          }
        : {
            questionId: 'communication.single-repository',
            status: 'no',
            note: `No ${ANNOTATION_SOURCE_LOCATION} annotation in the catalog.`,
          },
    );

    const [system] = targets(entity, RELATION_PART_OF).filter(r =>
      r.startsWith('system:'),
    );
    if (system) {
      const systemEntity = await context.getEntity(system);
      const [domain] = systemEntity
        ? targets(systemEntity, RELATION_PART_OF).filter(r =>
            r.startsWith('domain:'),
          )
        : [];
      answers.push({
        questionId: 'communication.business-value',
        status: domain && entity.metadata.description ? 'partial' : 'no',
        note: domain
          ? `Part of the ${entityName(
              system,
              systemEntity,
            )} system in the ${entityName(domain)} domain${
              entity.metadata.description ? ', with a description' : ''
            }; link a product brief to make it a Yes.`
          : `Part of the ${entityName(
              system,
              systemEntity,
            )} system, which belongs to no domain.`,
        links: [catalogPath(system), ...(domain ? [catalogPath(domain)] : [])],
      });
    }

    const chat = (entity.metadata.links ?? []).find(
      l => CHAT_LINK.test(l.url) || CHAT_LINK.test(l.title ?? ''),
    );
    if (chat) {
      answers.push({
        questionId: 'communication.channels',
        status: 'partial',
        note: `A chat channel is linked (${
          chat.title ?? chat.url
        }); name the channel for each purpose to make it a Yes.`,
        links: [chat.url],
      });
    }

    if (annotations['backstage.io/techdocs-ref']) {
      answers.push({
        questionId: 'architecture.use-cases',
        status: 'partial',
        note: 'TechDocs are set up; check that they describe the use cases.',
        links: [
          `${catalogPath(
            `${entity.kind}:${entity.metadata.namespace ?? 'default'}/${
              entity.metadata.name
            }`,
          )}/docs`,
        ],
      });
    }

    if (typeof entity.spec?.lifecycle === 'string') {
      answers.push({
        questionId: 'architecture.release-process',
        status: 'partial',
        note: `The lifecycle stage is declared (${entity.spec.lifecycle}); document how releases move between stages to make it a Yes.`,
      });
    }

    const apis = targets(entity, RELATION_PROVIDES_API);
    answers.push(
      apis.length
        ? {
            questionId: 'web-servers.exposes-api',
            status: 'yes',
            note: `Provides ${apis.length} API${
              apis.length === 1 ? '' : 's'
            } in the catalog.`,
            links: apis.map(catalogPath),
          }
        : {
            questionId: 'web-servers.exposes-api',
            status: 'na',
            note: 'The catalog lists no API provided by this component.',
          },
    );

    const ci = firstAnnotation(entity, CI_ANNOTATIONS);
    if (ci) {
      answers.push({
        questionId: 'software-quality.ci',
        status: 'yes',
        note: `CI is linked through the ${ci} annotation.`,
      });
    }
    const onCall = firstAnnotation(entity, ON_CALL_ANNOTATIONS);
    if (onCall) {
      answers.push({
        questionId: 'software-quality.monitoring',
        status: 'yes',
        note: `Alerts reach people through ${onCall}.`,
      });
    }
    const gate = firstAnnotation(entity, QUALITY_GATE_ANNOTATIONS);
    if (gate) {
      answers.push({
        questionId: 'software-quality.quality-gates',
        status: 'yes',
        note: `Quality gates run in SonarQube (${annotations[gate]}).`,
      });
    }
    const scan = firstAnnotation(entity, SECURITY_SCAN_ANNOTATIONS);
    if (scan) {
      answers.push({
        questionId: 'software-quality.security-scanning',
        status: 'yes',
        note: `Security scanning is set up (${scan}).`,
      });
    }
    return answers;
  }
}
