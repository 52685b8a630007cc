import { bothDatabases } from '../__testUtils__/bothDatabases';
import { stringifyEntityRef } from '@backstage/catalog-model';
import request from 'supertest';
import {
  asUser,
  startReadinessBackend,
  testEntity,
} from './__testUtils__/startReadinessBackend';
import { testPermissionsFactory } from './__testUtils__/testPermissions';

jest.setTimeout(60_000);

/**
 * A request on one entity reads it from the catalog once: the answer-update decision is asked
 * for without a resource and its conditions are applied to that entity, so nothing reads the
 * entity a second time (before, the permission backend called back into the plugin, which
 * read it again with getEntitiesByRefs).
 */
const databases = bothDatabases();
const payments = testEntity('Component', 'payments', { type: 'service' });
const ENTITY = '/api/readiness/entities/component/default/payments';
const ALICE = 'user:default/alice';
/** The policy answers readiness.answer.update for her with conditions she does not meet. */
const MALLORY = 'user:default/mallory';
const answer = {
  checklistId: 'backend-project',
  status: 'yes',
  expectedVersion: 0,
};

describe.each(databases.eachSupportedId())(
  'catalog round trips (%s)',
  databaseId => {
    it('reads the entity once per read and per write, whatever the decision', async () => {
      const calls: string[] = [];
      const { server } = await startReadinessBackend({
        databases,
        databaseId,
        entities: [payments],
        catalogOverrides: {
          getEntityByRef: async ref => {
            const name =
              typeof ref === 'string' ? ref : stringifyEntityRef(ref);
            // The system's domain is looked up too (and cached); only the entity counts here.
            if (name === stringifyEntityRef(payments)) {
              calls.push('getEntityByRef');
              return payments;
            }
            return undefined;
          },
          getEntitiesByRefs: async () => {
            calls.push('getEntitiesByRefs');
            return { items: [] };
          },
        },
        extraFeatures: [
          testPermissionsFactory({
            [MALLORY]: { 'readiness.answer.update': 'CONDITIONAL' },
          }),
        ],
      });
      const callsOf = async (
        as: string,
        send: (r: request.Agent) => request.Test,
        status: number,
      ) => {
        calls.length = 0;
        const res = await send(request.agent(server)).set(
          'Authorization',
          asUser(as),
        );
        expect(res.status).toBe(status);
        return { calls: [...calls], body: res.body };
      };

      const read = await callsOf(ALICE, r => r.get(ENTITY), 200);
      expect(read.calls).toEqual(['getEntityByRef']);
      expect(read.body.access.canEdit).toBe(true);

      const conditional = await callsOf(MALLORY, r => r.get(ENTITY), 200);
      expect(conditional.calls).toEqual(['getEntityByRef']);
      expect(conditional.body.access.canEdit).toBe(false);

      const refused = await callsOf(
        MALLORY,
        r => r.put(`${ENTITY}/answers/software-quality.ci`).send(answer),
        403,
      );
      expect(refused.calls).toEqual(['getEntityByRef']);

      const written = await callsOf(
        ALICE,
        r =>
          r.post(`${ENTITY}/answers`).send({
            checklistId: 'backend-project',
            answers: [
              {
                questionId: 'software-quality.ci',
                status: 'yes',
                expectedVersion: 0,
              },
            ],
          }),
        200,
      );
      expect(written.calls).toEqual(['getEntityByRef']);
    });
  },
);
