import {
  BackstageCredentials,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  ActionsService,
  actionsServiceRef,
} from '@backstage/backend-plugin-api/alpha';
import {
  actionsRegistryServiceFactory,
  actionsServiceFactory,
} from '@backstage/backend-defaults/alpha';
import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { JsonObject } from '@backstage/types';
import request from 'supertest';
import { bothDatabases } from '../__testUtils__/bothDatabases';
import {
  asUser,
  dumpAnswerTables,
  ReadinessTestBackend,
  startReadinessBackend,
  testEntity,
} from '../service/__testUtils__/startReadinessBackend';
import { testPermissionsFactory } from '../service/__testUtils__/testPermissions';

jest.setTimeout(60_000);

const databases = bothDatabases();

const ALICE = 'user:default/alice';
const MALLORY = 'user:default/mallory';
const BOB = 'user:default/bob';

/** One checklist: backups are required for Bronze; the runbook weighs twice the alerts. */
const checklistConfig = {
  defaultChecklist: { enabled: false },
  checklists: [
    {
      id: 'service',
      title: 'Service',
      appliesTo: [{ kind: 'Component' }],
      sections: [
        {
          id: 'ops',
          title: 'Operations',
          questions: [
            {
              id: 'ops.backups',
              text: 'Are backups tested?',
              requiredForLevel: 'bronze',
            },
            { id: 'ops.alerts', text: 'Do alerts page someone?' },
            { id: 'ops.runbook', text: 'Is there a runbook?', weight: 2 },
          ],
        },
      ],
    },
  ],
};

/**
 * The readiness actions as an MCP client of the portal reaches them: through Backstage's real
 * actions service, which calls the plugin's actions registry over HTTP with the caller's token.
 */
describe.each(databases.eachSupportedId())(
  'readiness actions (%s)',
  databaseId => {
    let backend: ReadinessTestBackend;
    let actions: ActionsService;
    const invoke = (
      name: string,
      input: JsonObject,
      credentials: BackstageCredentials = mockCredentials.user(ALICE),
    ) =>
      actions
        .invoke({ id: `readiness:${name}`, input, credentials })
        .then(r => r.output as any);

    beforeAll(async () => {
      backend = await startReadinessBackend({
        databases,
        databaseId,
        entities: [
          testEntity('Component', 'payments', { type: 'service' }),
          testEntity('Component', 'orders', { type: 'service' }),
          testEntity(
            'Component',
            'search',
            { type: 'service' },
            'group:default/team-b',
          ),
        ],
        hiddenFrom: { [BOB]: ['component:default/payments'] },
        config: checklistConfig,
        rootConfig: { backend: { actions: { pluginSources: ['readiness'] } } },
        extraFeatures: [
          actionsRegistryServiceFactory,
          actionsServiceFactory,
          testPermissionsFactory({
            [MALLORY]: {
              'readiness.answer.update': AuthorizeResult.DENY,
              'readiness.report.read': AuthorizeResult.DENY,
            },
          }),
          // Stands in for the MCP actions backend: a plugin that calls actions.
          createBackendPlugin({
            pluginId: 'assistant',
            register(env) {
              env.registerInit({
                deps: { actionsService: actionsServiceRef },
                async init({ actionsService }) {
                  actions = actionsService;
                },
              });
            },
          }),
        ],
      });
    });

    it('offers the four actions, and says which only read', async () => {
      const { actions: listed } = await actions.list({
        credentials: mockCredentials.user(ALICE),
      });
      const attributes = Object.fromEntries(
        listed.map(a => [a.id, a.attributes.readOnly]),
      );
      expect(attributes).toEqual({
        'readiness:get-entity-readiness': true,
        'readiness:list-entities-below-level': true,
        'readiness:get-readiness-gaps': true,
        'readiness:answer-question': false,
      });
      const answer = listed.find(a => a.name === 'answer-question');
      expect(answer?.schema.input).toMatchObject({
        required: expect.arrayContaining(['entityRef', 'questionId', 'status']),
      });
    });

    it("tells what blocks an entity's next level, the blocking question first", async () => {
      const output = await invoke('get-entity-readiness', {
        entityRef: 'component:default/payments',
      });
      expect(output).toMatchObject({
        entityRef: 'component:default/payments',
        checklist: { id: 'service', title: 'Service' },
        score: 0,
        level: null,
        nextLevel: {
          id: 'bronze',
          title: 'Bronze',
          pointsNeeded: 40,
          requiredQuestions: [
            { questionId: 'ops.backups', text: 'Are backups tested?' },
          ],
        },
        openQuestionCount: 3,
      });
      expect(
        output.openQuestions.map((q: { questionId: string }) => q.questionId),
      ).toEqual(['ops.backups', 'ops.runbook', 'ops.alerts']);
      expect(output.openQuestions[0]).toEqual({
        questionId: 'ops.backups',
        text: 'Are backups tested?',
        section: 'Operations',
        reason: 'unanswered',
        blocksNextLevel: true,
      });
    });

    it('writes an answer as the caller: scored, audited with the caller as actor, in the history', async () => {
      const output = await invoke('answer-question', {
        entityRef: 'component:default/payments',
        questionId: 'ops.runbook',
        status: 'yes',
        note: 'In the wiki',
      });
      expect(output).toEqual({
        entityRef: 'component:default/payments',
        questionId: 'ops.runbook',
        status: 'yes',
        version: 1,
        score: 50,
        // Backups are required for Bronze and still unanswered.
        level: null,
      });

      const audit = backend.events.filter(
        e => e.eventId === 'answer-write' && e.status === 'succeeded',
      );
      expect(audit.at(-1)).toMatchObject({
        actor: { actorId: ALICE },
        meta: {
          entityRef: 'component:default/payments',
          questionIds: ['ops.runbook'],
        },
      });
      const history = await request(backend.server)
        .get('/api/readiness/entities/component/default/payments/history')
        .set('Authorization', asUser(ALICE));
      expect(history.body.items[0]).toMatchObject({
        questionId: 'ops.runbook',
        changedBy: ALICE,
      });

      const next = await invoke('answer-question', {
        entityRef: 'component:default/payments',
        questionId: 'ops.backups',
        status: 'yes',
        expectedVersion: 0,
      });
      expect(next).toMatchObject({
        score: 75,
        level: { id: 'silver', title: 'Silver' },
      });
    });

    it('refuses a write the API refuses, with its status and reason, and changes nothing', async () => {
      const before = await dumpAnswerTables(backend.knex);
      const cases: [
        string,
        JsonObject,
        BackstageCredentials,
        number,
        RegExp,
      ][] = [
        [
          'an outdated version',
          { questionId: 'ops.runbook', status: 'no', expectedVersion: 0 },
          mockCredentials.user(ALICE),
          409,
          /changed/i,
        ],
        [
          'a user without the update permission',
          { questionId: 'ops.alerts', status: 'yes' },
          mockCredentials.user(MALLORY),
          403,
          /may not change the readiness answers/,
        ],
        [
          'a question the checklist does not have',
          { questionId: 'ops.nope', status: 'yes' },
          mockCredentials.user(ALICE),
          400,
          /ops\.nope/,
        ],
        [
          'a status that is not one of the four',
          { questionId: 'ops.alerts', status: 'maybe' },
          mockCredentials.user(ALICE),
          400,
          /invalid input/i,
        ],
      ];
      for (const [what, input, credentials, status, message] of cases) {
        const failure = await invoke(
          'answer-question',
          { entityRef: 'component:default/payments', ...input },
          credentials,
        ).catch(e => e);
        expect({ what, status: failure.statusCode }).toEqual({ what, status });
        expect(failure.message).toMatch(/Request failed/);
        expect(failure.cause.message).toMatch(message);
      }
      expect(await dumpAnswerTables(backend.knex)).toEqual(before);

      const refused = backend.events.filter(
        e => e.eventId === 'answer-write' && e.status === 'failed',
      );
      expect(refused.map(e => e.actor.actorId)).toEqual(
        expect.arrayContaining([ALICE, MALLORY]),
      );
    });

    it('hides what the catalog hides and names a bad entity ref', async () => {
      const hidden = await invoke(
        'get-entity-readiness',
        { entityRef: 'component:default/payments' },
        mockCredentials.user(BOB),
      ).catch(e => e);
      expect(hidden.statusCode).toBe(404);

      const bad = await invoke('get-entity-readiness', {
        entityRef: 'component:',
      }).catch(e => e);
      expect(bad.statusCode).toBe(400);
      expect(bad.cause.message).toMatch(/"component:" is not an entity ref/);
    });

    it("lists an owner's entities below a level, lowest score first", async () => {
      await invoke('answer-question', {
        entityRef: 'component:default/orders',
        questionId: 'ops.alerts',
        status: 'partial',
      });
      await invoke('answer-question', {
        entityRef: 'component:default/search',
        questionId: 'ops.alerts',
        status: 'no',
      });
      const output = await invoke('list-entities-below-level', {
        owner: 'team-a',
        level: 'gold',
      });
      expect(output).toEqual({
        owner: 'group:default/team-a',
        level: { id: 'gold', title: 'Gold' },
        entities: [
          expect.objectContaining({
            entityRef: 'component:default/orders',
            score: 12.5,
            level: null,
          }),
          expect.objectContaining({
            entityRef: 'component:default/payments',
            score: 75,
            level: { id: 'silver', title: 'Silver' },
          }),
        ],
        complete: true,
      });
      const belowSilver = await invoke('list-entities-below-level', {
        owner: 'group:default/team-a',
        level: 'Silver',
      });
      expect(
        belowSilver.entities.map((e: { entityRef: string }) => e.entityRef),
      ).toEqual(['component:default/orders']);

      const unknown = await invoke('list-entities-below-level', {
        owner: 'team-a',
        level: 'Platinum',
      }).catch(e => e);
      expect(unknown.statusCode).toBe(400);
      expect(unknown.cause.message).toBe(
        'There is no readiness level "Platinum"; the levels are Bronze, Silver, Gold',
      );
    });

    it('ranks the org-wide gaps by how much they fail, and narrows them to an owner', async () => {
      await invoke('answer-question', {
        entityRef: 'component:default/search',
        questionId: 'ops.runbook',
        status: 'yes',
      });
      const org = await invoke('get-readiness-gaps', {});
      expect(org).toMatchObject({ entities: 3, assessed: 3 });
      // Alerts: Partial on orders, No on search, unanswered on payments; backups: Yes only on
      // payments; the runbook: Yes on payments and search.
      expect(
        org.gaps.map((g: { questionId: string; failureRate: number }) => [
          g.questionId,
          g.failureRate,
        ]),
      ).toEqual([
        ['ops.alerts', 0.833],
        ['ops.backups', 0.667],
        ['ops.runbook', 0.333],
      ]);
      expect(org.gaps[0]).toMatchObject({
        text: 'Do alerts page someone?',
        section: 'Operations',
        entities: 3,
        no: 1,
        partial: 1,
        unanswered: 1,
      });

      const denied = await invoke(
        'get-readiness-gaps',
        {},
        mockCredentials.user(MALLORY),
      ).catch(e => e);
      expect(denied.statusCode).toBe(403);

      const teamA = await invoke('get-readiness-gaps', { owner: 'team-a' });
      expect(teamA.entities).toBe(2);
      expect(
        teamA.gaps.map((g: { questionId: string; failureRate: number }) => [
          g.questionId,
          g.failureRate,
        ]),
      ).toEqual([
        ['ops.alerts', 0.75],
        ['ops.backups', 0.5],
        ['ops.runbook', 0.5],
      ]);
    });
  },
);
