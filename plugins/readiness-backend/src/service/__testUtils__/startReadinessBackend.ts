import {
  BackendFeature,
  BackstageCredentials,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  AuditorEvent,
  DefaultAuditorService,
} from '@backstage/backend-defaults/auditor';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  CompoundEntityRef,
  Entity,
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { JsonObject } from '@backstage/types';
import { Server } from 'http';
import { Knex } from 'knex';
import { readinessPlugin } from '../../plugin';
import { checkResponsesAgainstSpec } from './checkResponsesAgainstSpec';

/** A catalog entity of the test backends, owned by `owner` and part of system `shop`. */
export function testEntity(
  kind: string,
  name: string,
  spec: JsonObject,
  owner = 'group:default/team-a',
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec,
    relations: [
      { type: 'ownedBy', targetRef: owner },
      { type: 'partOf', targetRef: 'system:default/shop' },
    ],
  };
}

const validators = makeValidator();

/** The real catalog answers 400 to a ref it cannot hold (an emoji in the name, say). */
function refuseInvalidRef(ref: string | CompoundEntityRef) {
  const { kind, namespace, name } =
    typeof ref === 'string' ? parseEntityRef(ref) : ref;
  if (
    !validators.isValidKind(kind) ||
    !validators.isValidNamespace(namespace) ||
    !validators.isValidEntityName(name)
  ) {
    throw new InputError(`Invalid entity ref, ${kind}:${namespace}/${name}`);
  }
}

const userOf = (credentials: BackstageCredentials) =>
  (credentials.principal as { userEntityRef?: string }).userEntityRef;

/**
 * The in-memory catalog of `catalogServiceMock`, except that the entities listed for a user in
 * `hiddenFrom` do not exist for that user, as a catalog permission policy would have it.
 */
function catalogWithHiddenEntities(
  entities: Entity[],
  hiddenFrom: Record<string, string[]>,
): CatalogService {
  const catalog: CatalogService = catalogServiceMock({ entities });
  const hidden = (credentials: BackstageCredentials, entity?: Entity) => {
    const user = userOf(credentials);
    return Boolean(
      entity &&
        user &&
        hiddenFrom[user]?.includes(stringifyEntityRef(entity).toLowerCase()),
    );
  };
  const overrides: Pick<
    CatalogService,
    'getEntityByRef' | 'getEntitiesByRefs' | 'queryEntities'
  > = {
    getEntityByRef: async (ref, options) => {
      refuseInvalidRef(ref);
      const entity = await catalog.getEntityByRef(ref, options);
      return hidden(options.credentials, entity) ? undefined : entity;
    },
    getEntitiesByRefs: async (request, options) => {
      const { items } = await catalog.getEntitiesByRefs(request, options);
      return {
        items: items.map(e =>
          !e || hidden(options.credentials, e) ? undefined : e,
        ),
      };
    },
    queryEntities: async (request, options) => {
      const page = await catalog.queryEntities(request, options);
      return {
        ...page,
        items: page.items.filter(e => !hidden(options.credentials, e)),
      };
    },
  };
  return Object.assign(Object.create(catalog), overrides);
}

export type ReadinessTestBackend = {
  server: Server;
  /** Every auditor event the plugin logged, in order. */
  events: AuditorEvent[];
  knex: Knex;
};

/**
 * Starts the real readiness plugin in a test backend on the given database, with an in-memory
 * catalog and an auditor that records its events.
 */
export async function startReadinessBackend(options: {
  databases: TestDatabases;
  databaseId: TestDatabaseId;
  /** A connection to use instead of a fresh database of `databaseId`. */
  knex?: Knex;
  entities: Entity[];
  /** Replaces calls of the in-memory catalog, for catalog failures. */
  catalogOverrides?: Partial<CatalogService>;
  hiddenFrom?: Record<string, string[]>;
  config?: JsonObject;
  /** Configuration outside `readiness`, such as `backend.actions`. */
  rootConfig?: JsonObject;
  extraFeatures?: BackendFeature[];
}): Promise<ReadinessTestBackend> {
  const knex =
    options.knex ?? (await options.databases.init(options.databaseId));
  const events: AuditorEvent[] = [];
  const catalog = Object.assign(
    catalogWithHiddenEntities(options.entities, options.hiddenFrom ?? {}),
    options.catalogOverrides,
  );
  const { server } = await startTestBackend({
    features: [
      readinessPlugin,
      mockServices.database.factory({ knex }),
      createServiceFactory({
        service: catalogServiceRef,
        deps: {},
        factory: () => catalog,
      }),
      createServiceFactory({
        service: coreServices.auditor,
        deps: {
          auth: coreServices.auth,
          httpAuth: coreServices.httpAuth,
          plugin: coreServices.pluginMetadata,
        },
        factory: deps =>
          DefaultAuditorService.create(async event => {
            events.push(event);
          }, deps),
      }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.rootConfig.factory({
        data: {
          ...options.rootConfig,
          readiness: {
            evidence: { catalogMetadata: { enabled: false } },
            ...options.config,
          },
        },
      }),
      ...(options.extraFeatures ?? []),
    ],
  });
  checkResponsesAgainstSpec(server);
  return { server, events, knex };
}

/** The Authorization header of a signed-in user. */
export const asUser = (userEntityRef: string) =>
  mockCredentials.user.header(userEntityRef);

/** The Authorization header of a plugin calling on its own behalf. */
export const asService = (subject: string) =>
  mockCredentials.service.header({
    onBehalfOf: mockCredentials.service(subject),
    targetPluginId: 'readiness',
  });

/**
 * Everything the plugin stores about answers, scores and campaigns, to compare before and after
 * a refused request: a refusal must change nothing.
 */
export function dumpAnswerTables(knex: Knex) {
  const tables = [
    'readiness_answers',
    'readiness_answer_history',
    'readiness_scores',
    'readiness_section_scores',
    'readiness_campaigns',
    'readiness_campaign_history',
  ];
  return Promise.all(tables.map(t => knex(t).select().orderBy(1)));
}
