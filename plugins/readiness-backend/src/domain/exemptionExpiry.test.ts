import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { bothDatabases } from '../__testUtils__/bothDatabases';
import { readReadinessConfig } from '../config/readReadinessConfig';
import { ReviewService } from './ReviewService';
import { testDomain } from '../service/__testUtils__/testDomain';

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;
const payments: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
};
const access = { canEdit: true, owners: [] };

// q1 and q2, weight 1 each: an N/A on q2 leaves q1 as everything achievable.
const readiness = {
  defaultChecklist: { enabled: false },
  checklists: [
    {
      id: 'test',
      title: 'Test',
      appliesTo: [{ kind: 'Component' }],
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            { id: 'q1', text: 'Question one' },
            { id: 'q2', text: 'Question two' },
          ],
        },
      ],
    },
  ],
};

const databases = bothDatabases();

describe.each(databases.eachSupportedId())(
  'exemptions that expire (%s)',
  databaseId => {
    it('leave the question out until they expire, then count as stale until renewed', async () => {
      const knex = await databases.init(databaseId);
      const config = readReadinessConfig(new ConfigReader({ readiness }));
      const start = Date.parse('2026-01-01T12:00:00.000Z');
      let now = new Date(start);
      const clock = () => now;
      const { domain, database } = await testDomain({
        knex,
        config,
        entities: [payments],
        clock,
      });
      const review = new ReviewService({
        store: database.review,
        config,
        clock,
      });
      const expiresAt = '2026-01-11T00:00:00.000Z';
      const written = await domain.writer.writeAnswers(
        payments,
        {
          checklistId: 'test',
          answers: [
            { questionId: 'q1', status: 'yes', expectedVersion: 0 },
            {
              questionId: 'q2',
              status: 'na',
              note: 'Waiting for the vendor',
              expectedVersion: 0,
              expiresAt,
            },
          ],
        },
        'user:default/alice',
      );
      expect(written.result.result).toMatchObject({
        score: 100,
        notApplicable: 1,
        stale: 0,
        nextStaleAt: expiresAt,
      });
      // The audit event of the write carries the expiry.
      expect(
        written.changes.find(c => c.questionId === 'q2')?.after,
      ).toMatchObject({ status: 'na', expiresAt });
      const [history] = await domain.reader.getHistory(payments, {
        questionId: 'q2',
        limit: 1,
      });
      expect(history).toMatchObject({ status: 'na', expiresAt });

      // The day after the expiry the refresh task rescores it: the N/A no longer counts.
      now = new Date(start + 10 * DAY);
      expect(await domain.refresher.refreshScores()).toBe(1);
      const read = await domain.reader.getEntityReadiness(payments, access);
      expect(read.answers.find(a => a.questionId === 'q2')).toMatchObject({
        status: 'na',
        expiresAt,
        stale: true,
      });
      expect(read.result).toMatchObject({
        score: 50,
        notApplicable: 0,
        stale: 1,
      });
      const report = await review.getReport('owner', {});
      expect(report.questions.find(q => q.questionId === 'q2')).toMatchObject({
        na: 0,
        stale: 1,
      });
      expect(
        (
          await review.getReport('owner', { owners: ['group:default/team-a'] })
        ).questions.find(q => q.questionId === 'q2'),
      ).toMatchObject({ na: 0, stale: 1 });

      // Renewing the N/A without an expiry makes it count again, for good.
      await domain.writer.writeAnswers(
        payments,
        {
          checklistId: 'test',
          answers: [
            {
              questionId: 'q2',
              status: 'na',
              note: 'The vendor dropped the feature',
              expectedVersion: 1,
            },
          ],
        },
        'user:default/alice',
      );
      const renewed = await domain.reader.getEntityReadiness(payments, access);
      expect(renewed.result).toMatchObject({ score: 100, stale: 0 });
      expect(
        renewed.answers.find(a => a.questionId === 'q2')?.expiresAt,
      ).toBeUndefined();
    });
  },
);
