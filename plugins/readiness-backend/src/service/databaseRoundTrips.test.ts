import { bothDatabases } from '../__testUtils__/bothDatabases';
import request from 'supertest';
import {
  asUser,
  startReadinessBackend,
  testEntity,
} from './__testUtils__/startReadinessBackend';

jest.setTimeout(60_000);

/**
 * The statements one request sends to the database. Under load every statement is a round trip
 * the backend's one thread pays for, so a batch of answers is stored with one insert for the
 * answers and one for their history, whatever its size.
 */
const databases = bothDatabases();
const payments = testEntity('Component', 'payments', { type: 'service' });
const ENTITY = '/api/readiness/entities/component/default/payments';
const ALICE = asUser('user:default/alice');

describe.each(databases.eachSupportedId())(
  'database round trips (%s)',
  databaseId => {
    it('stores a batch of new answers and their history with one insert each, and reads with three queries in parallel', async () => {
      const knex = await databases.init(databaseId);
      const { server } = await startReadinessBackend({
        databases,
        databaseId,
        knex,
        entities: [payments],
      });
      const agent = request.agent(server);
      const checklist = (
        await agent.get('/api/readiness/checklists').set('Authorization', ALICE)
      ).body.items[0];
      const questionIds: string[] = checklist.sections.flatMap((s: any) =>
        s.questions.map((q: { id: string }) => q.id),
      );
      await agent.get(ENTITY).set('Authorization', ALICE);

      const statements: string[] = [];
      knex.on('query', (query: { sql: string }) =>
        statements.push(query.sql.replace(/[`"]/g, '').toLowerCase()),
      );
      const count = (prefix: string) =>
        statements.filter(sql => sql.startsWith(prefix)).length;

      const write = await agent
        .post(`${ENTITY}/answers`)
        .set('Authorization', ALICE)
        .send({
          checklistId: checklist.id,
          answers: questionIds.slice(0, 5).map(questionId => ({
            questionId,
            status: 'yes',
            expectedVersion: 0,
          })),
        });
      expect(write.status).toBe(200);
      expect(write.body.answers).toHaveLength(5);
      expect(count('insert into readiness_answers ')).toBe(1);
      expect(count('insert into readiness_answer_history ')).toBe(1);
      expect(count('update readiness_answers ')).toBe(0);
      const history = await knex('readiness_answer_history').where({
        entity_ref: 'component:default/payments',
      });
      expect(history).toHaveLength(5);

      // The write refreshes the entity's due evidence after it, in the background: let it end.
      for (let seen = -1; seen !== statements.length; ) {
        seen = statements.length;
        await new Promise(resolve => setTimeout(resolve, 300));
      }
      statements.length = 0;
      const read = await agent.get(ENTITY).set('Authorization', ALICE);
      expect(read.status).toBe(200);
      // Answers, automatic answers and the providers that could not check, sent at once.
      expect(statements).toEqual([
        expect.stringMatching(/^select \* from readiness_answers /),
        expect.stringMatching(/^select \* from readiness_evidence /),
        expect.stringMatching(/^select \* from readiness_evidence_problems /),
      ]);
    });
  },
);
