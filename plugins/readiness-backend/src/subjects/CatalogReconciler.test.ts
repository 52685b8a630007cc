import { bothDatabases } from '../__testUtils__/bothDatabases';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { Knex } from 'knex';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readReadinessConfig } from '../config/readReadinessConfig';
import { CatalogReader } from '../service/CatalogReader';
import { reconcileTestCatalog } from '../service/__testUtils__/reconcileTestCatalog';
import { testDomain } from '../service/__testUtils__/testDomain';
import { CatalogReconciler } from './CatalogReconciler';
import { SystemDomainCache } from './SystemDomainCache';

jest.setTimeout(60_000);

const databases = bothDatabases();

const component = (
  name: string,
  spec: { type: string; owner: string; system?: string; lifecycle?: string },
  title?: string,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', ...(title ? { title } : {}) },
  spec: { lifecycle: 'production', ...spec },
  relations: [
    { type: 'ownedBy', targetRef: `group:default/${spec.owner}` },
    ...(spec.system
      ? [{ type: 'partOf', targetRef: `system:default/${spec.system}` }]
      : []),
  ],
});
const system = (name: string, domain: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name, namespace: 'default' },
  spec: { owner: 'platform', domain },
  relations: [{ type: 'partOf', targetRef: `domain:default/${domain}` }],
});

// Services get the default checklist; libraries a small one of their own.
const config = readReadinessConfig(
  new ConfigReader({
    readiness: {
      checklists: [
        {
          id: 'library',
          title: 'Libraries',
          appliesTo: [{ kind: 'Component', types: ['library'] }],
          sections: [
            {
              id: 'docs',
              title: 'Docs',
              questions: [
                { id: 'software-quality.ci', text: 'Is there CI?' },
                { id: 'docs.readme', text: 'Is there a README?' },
              ],
            },
          ],
        },
      ],
    },
  }),
);

/** The stores and domain parts a reconciler needs, on a test database. */
const domainParts = async (knex: Knex) => {
  const { database, domain } = await testDomain({ knex, config });
  return {
    store: database.subjects,
    subjects: domain.subjects,
    keeper: domain.keeper,
  };
};

describe.each(databases.eachSupportedId())(
  'CatalogReconciler (%s)',
  databaseId => {
    async function setup(initial: Entity[]) {
      const knex = await databases.init(databaseId);
      let entities = initial;
      let clock = new Date('2026-06-01T00:00:00.000Z');
      const { database } = await testDomain({ knex, config });
      const store = database.answers;
      const subjects = database.subjects;
      const reconcile = () => {
        clock = new Date(clock.getTime() + 60_000);
        return reconcileTestCatalog({
          entities,
          database,
          config,
          at: clock,
          pageSize: 2,
        });
      };
      const service = async () =>
        (await testDomain({ knex, config, entities, clock: () => clock }))
          .domain.writer;
      const scores = async () =>
        (await store.queryScores({ limit: 100 })).items.map(s => ({
          ref: s.entityRef,
          type: s.entityType,
          owner: s.owner,
          domain: s.domain,
          title: s.title,
          checklist: s.checklistId,
          assessment: s.assessment,
          answered: s.answered,
          questions: s.questions,
        }));
      return {
        knex,
        store,
        subjects,
        reconcile,
        service,
        scores,
        setEntities: (next: Entity[]) => {
          entities = next;
        },
      };
    }

    const payments = component(
      'payments',
      {
        type: 'service',
        owner: 'team-a',
        system: 'shop',
      },
      'Payments API',
    );
    const shop = system('shop', 'commerce');

    it('gives every in-scope entity a subject, answered or not, with catalog facts', async () => {
      const { reconcile, scores } = await setup([
        payments,
        component('search', { type: 'service', owner: 'team-b' }),
        component('utils', { type: 'library', owner: 'team-b' }),
        shop,
        { ...shop, kind: 'Group', metadata: { name: 'team-a' } },
      ]);
      const summary = await reconcile();
      expect(summary).toMatchObject({
        inScope: 3,
        added: 3,
        changed: 0,
        removed: 0,
      });
      // Systems in one page (1 entity), components in two pages of two.
      expect(summary.catalogRequests).toBe(3);
      expect(await scores()).toEqual([
        {
          ref: 'component:default/payments',
          type: 'service',
          owner: 'group:default/team-a',
          domain: 'domain:default/commerce',
          title: 'Payments API',
          checklist: 'backend-project',
          assessment: 'not-started',
          answered: 0,
          questions: 56,
        },
        {
          ref: 'component:default/search',
          type: 'service',
          owner: 'group:default/team-b',
          domain: undefined,
          title: undefined,
          checklist: 'backend-project',
          assessment: 'not-started',
          answered: 0,
          questions: 56,
        },
        {
          ref: 'component:default/utils',
          type: 'library',
          owner: 'group:default/team-b',
          domain: undefined,
          title: undefined,
          checklist: 'library',
          assessment: 'not-started',
          answered: 0,
          questions: 2,
        },
      ]);
      // Nothing changed: a second reconcile rescores nothing.
      expect(await reconcile()).toMatchObject({
        added: 0,
        changed: 0,
        returned: 0,
        removed: 0,
      });
    });

    it('follows owner and type changes; a type change rescores against another checklist and keeps answers', async () => {
      const { reconcile, scores, service, setEntities, store } = await setup([
        payments,
        shop,
      ]);
      await reconcile();
      await (
        await service()
      ).writeAnswers(
        payments,
        {
          checklistId: 'backend-project',
          answers: [
            {
              questionId: 'software-quality.ci',
              status: 'yes',
              expectedVersion: 0,
            },
            {
              questionId: 'databases.backups',
              status: 'no',
              expectedVersion: 0,
            },
          ],
        },
        'user:default/alice',
      );
      const moved = component(
        'payments',
        { type: 'library', owner: 'team-c', system: 'shop' },
        'Payments API',
      );
      setEntities([moved, shop]);
      expect(await reconcile()).toMatchObject({ changed: 1, added: 0 });
      expect(await scores()).toEqual([
        expect.objectContaining({
          owner: 'group:default/team-c',
          type: 'library',
          checklist: 'library',
          assessment: 'assessed',
          // The backups answer is kept, but the library checklist does not ask it.
          answered: 1,
          questions: 2,
        }),
      ]);
      expect(await store.getAnswers('component:default/payments')).toHaveLength(
        2,
      );
    });

    it('marks entities that leave the catalog removed, keeps their answers, and brings them back', async () => {
      const { reconcile, scores, service, setEntities, store, subjects } =
        await setup([
          payments,
          component('search', { type: 'service', owner: 'team-b' }),
          shop,
        ]);
      await reconcile();
      await (
        await service()
      ).writeAnswers(
        payments,
        {
          checklistId: 'backend-project',
          answers: [
            {
              questionId: 'software-quality.ci',
              status: 'yes',
              expectedVersion: 0,
            },
          ],
        },
        'user:default/alice',
      );
      setEntities([
        component('search', { type: 'service', owner: 'team-b' }),
        shop,
      ]);
      expect(await reconcile()).toMatchObject({ removed: 1 });
      expect((await scores()).map(s => s.ref)).toEqual([
        'component:default/search',
      ]);
      expect(await store.getAnswers('component:default/payments')).toHaveLength(
        1,
      );
      const removed = await subjects.listRemoved(10);
      expect(removed.map(r => r.entityRef)).toEqual([
        'component:default/payments',
      ]);
      expect(removed[0].removedAt).toEqual(expect.any(String));

      setEntities([
        payments,
        component('search', { type: 'service', owner: 'team-b' }),
        shop,
      ]);
      expect(await reconcile()).toMatchObject({ returned: 1, removed: 0 });
      expect(await scores()).toEqual([
        expect.objectContaining({
          ref: 'component:default/payments',
          assessment: 'assessed',
          answered: 1,
        }),
        expect.objectContaining({
          ref: 'component:default/search',
          assessment: 'not-started',
        }),
      ]);
      expect(await subjects.listRemoved(10)).toEqual([]);
    });

    it('removes nothing when the catalog walk fails part of the way', async () => {
      const { reconcile, scores, knex } = await setup([
        payments,
        component('search', { type: 'service', owner: 'team-b' }),
        shop,
      ]);
      await reconcile();
      // The systems page comes back; the first page of components fails.
      const catalog = catalogServiceMock({ entities: [shop] });
      const query = catalog.queryEntities.bind(catalog);
      let calls = 0;
      catalog.queryEntities = async (request, options) => {
        calls += 1;
        if (calls > 1) {
          throw new Error('catalog down');
        }
        return query(request, options);
      };
      const reader = new CatalogReader({ catalog, auth: mockServices.auth() });
      await expect(
        new CatalogReconciler({
          catalog,
          reader,
          auth: mockServices.auth(),
          ...(await domainParts(knex)),
          domains: new SystemDomainCache({ catalog: reader }),
          logger: mockServices.logger.mock(),
          clock: () => new Date('2026-07-01T00:00:00.000Z'),
        }).reconcile(),
      ).rejects.toThrow(
        'Could not read the catalog for the readiness reconcile: the catalog could not be reached. Try again shortly.',
      );
      expect(calls).toBe(2);
      expect((await scores()).map(s => s.ref)).toEqual([
        'component:default/payments',
        'component:default/search',
      ]);
    });
  },
);
