import { bothDatabases } from '../__testUtils__/bothDatabases';
import { spec } from '../schema/openapi.generated';
import {
  asUser,
  startReadinessBackend,
  testEntity,
} from './__testUtils__/startReadinessBackend';
import { expectResponseToMatchSpec } from './__testUtils__/expectResponseToMatchSpec';
import { clientOf } from './__testUtils__/clientOf';

jest.setTimeout(60_000);

const databases = bothDatabases();

/** The openapi.yaml operation a request went to, by its path template and method. */
function operationOf(method: string, url: URL) {
  const path = url.pathname.replace(/^\/api\/readiness/, '');
  for (const [template, methods] of Object.entries(spec.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const operation = (methods as Record<string, { operationId?: string }>)[
      method.toLowerCase()
    ];
    if (pattern.test(path) && operation?.operationId) {
      return { template, operationId: operation.operationId };
    }
  }
  throw new Error(`${method} ${path} is not an operation of openapi.yaml`);
}

/**
 * The one client (readiness-common/client), which the frontend, the catalog module and the
 * sample loader use, against the real backend: every call must reach an operation of
 * openapi.yaml and get back what the document declares.
 */
describe.each(databases.eachSupportedId())(
  'ReadinessClient against the real backend (%s)',
  databaseId => {
    it('calls only operations of openapi.yaml and receives the declared shapes', async () => {
      const backend = await startReadinessBackend({
        databases,
        databaseId,
        entities: [testEntity('Component', 'payments', { type: 'service' })],
      });
      const seen: string[] = [];
      const client = clientOf(
        backend.server,
        asUser('user:default/alice'),
        async ({ method, url }, response) => {
          const { template, operationId } = operationOf(method, url);
          seen.push(operationId);
          expectResponseToMatchSpec(
            template as keyof typeof spec.paths,
            method.toLowerCase(),
            { status: response.status, body: await response.clone().json() },
          );
        },
      );
      const ref = 'component:default/payments';

      const { items } = await client.getChecklists();
      const before = await client.getEntityReadiness(ref);
      expect(before.checklist?.id).toBe(items[0].id);
      const written = await client.writeAnswers(ref, items[0].id, [
        {
          questionId: 'software-quality.ci',
          status: 'yes',
          expectedVersion: 0,
        },
      ]);
      expect(written.answers[0].version).toBe(1);
      const history = await client.getHistory(ref, {
        questionId: 'software-quality.ci',
      });
      expect(history.map(h => h.version)).toEqual([1]);
      const scores = await client.getScores({
        owners: ['group:default/team-a'],
      });
      expect(scores.items.map(s => s.entityRef)).toEqual([ref]);
      const report = await client.getReport({ groupBy: 'owner', filters: {} });
      expect(report.totals.entities).toBe(1);
      const trends = await client.getTrends({
        groupBy: 'all',
        days: 30,
        filters: {},
      });
      expect(trends.groupBy).toBe('all');
      expect((await client.getEntityTrend(ref)).points).toEqual([]);
      expect((await client.refreshEvidence(ref)).changed).toBe(false);
      const cleared = await client.clearAnswer(ref, 'software-quality.ci', 1);
      expect(cleared.answers).toEqual([]);
      expect(
        await client.getEvidenceProblems({ owners: ['group:default/team-a'] }),
      ).toEqual({
        items: [],
        totalCount: 0,
      });

      expect(seen).toEqual([
        'ListChecklists',
        'GetEntityReadiness',
        'GetChecklist',
        'WriteAnswers',
        'GetAnswerHistory',
        'QueryScoresByBody',
        'GetReport',
        'GetTrends',
        'GetEntityTrend',
        'RefreshEvidence',
        'ClearAnswer',
        'ListEvidenceProblems',
      ]);
    });
  },
);
