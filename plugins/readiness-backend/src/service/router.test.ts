import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { JsonObject } from '@backstage/types';
import { Server } from 'http';
import request from 'supertest';
import { readinessPlugin } from '../plugin';
import { spec as openApiSpec } from '../schema/openapi.generated';
import { expectResponseToMatchSpec } from './__testUtils__/expectResponseToMatchSpec';
import { checkResponsesAgainstSpec } from './__testUtils__/checkResponsesAgainstSpec';

jest.setTimeout(60_000);

const entity = (kind: string, name: string, spec: JsonObject) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec,
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/team-a' },
    { type: 'partOf', targetRef: 'system:default/shop' },
  ],
});

const entities = [
  entity('Component', 'payments', {
    type: 'service',
    owner: 'team-a',
    lifecycle: 'production',
  }),
  entity('Component', 'storefront', {
    type: 'website',
    owner: 'team-a',
    lifecycle: 'production',
  }),
  entity('Group', 'team-a', { type: 'team', children: [] }),
];

const websiteChecklist = {
  id: 'websites',
  title: 'Websites',
  appliesTo: [{ kind: 'Component', types: ['website'] }],
  sections: [
    {
      id: 'ux',
      title: 'User experience',
      questions: [
        { id: 'ux.a11y', text: 'Is it accessible?', guidance: 'WCAG AA' },
      ],
    },
  ],
};

const PAYMENTS = '/api/readiness/entities/component/default/payments';
const user = mockCredentials.user('user:default/alice');

async function startBackend(): Promise<Server> {
  const { server } = await startTestBackend({
    features: [
      readinessPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.rootConfig.factory({
        data: {
          readiness: {
            checklists: [websiteChecklist],
            permissions: { serviceWriters: ['plugin:importer'] },
            // These tests are about people's answers; evidence has its own tests.
            evidence: { catalogMetadata: { enabled: false } },
          },
        },
      }),
    ],
  });
  checkResponsesAgainstSpec(server);
  return server;
}

describe('readiness router', () => {
  let server: Server;
  beforeEach(async () => {
    server = await startBackend();
  });

  const get = (path: string) =>
    request(server)
      .get(path)
      .set(
        'Authorization',
        mockCredentials.user.header(user.principal.userEntityRef),
      );
  const put = (questionId: string, body: object) =>
    request(server)
      .put(`${PAYMENTS}/answers/${questionId}`)
      .set('Authorization', mockCredentials.user.header('user:default/alice'))
      .send(body);
  const post = (body: object) =>
    request(server)
      .post(`${PAYMENTS}/answers`)
      .set('Authorization', mockCredentials.user.header('user:default/alice'))
      .send(body);

  async function expectNoAnswers() {
    const res = await get(PAYMENTS);
    expect(res.status).toBe(200);
    expect(res.body.answers).toEqual([]);
    const history = await get(`${PAYMENTS}/history`);
    expect(history.body.items).toEqual([]);
  }

  describe('GET /checklists', () => {
    it('lists the configured checklists before the default, with levels', async () => {
      const res = await get('/api/readiness/checklists');
      expect(res.status).toBe(200);
      expectResponseToMatchSpec('/checklists', 'get', res);
      expect(res.body.items.map((c: { id: string }) => c.id)).toEqual([
        'websites',
        'backend-project',
      ]);
      expect(res.body.levels.map((l: { id: string }) => l.id)).toEqual([
        'bronze',
        'silver',
        'gold',
      ]);
      expect(res.body.reviewIntervalDays).toBe(180);
    });

    it('rejects a request without credentials with 401', async () => {
      const res = await request(server).get('/api/readiness/checklists');
      expect(res.status).toBe(401);
      expect(res.body.error.message).toMatch(/credentials/i);
    });
  });

  describe('GET /entities/:kind/:namespace/:name', () => {
    it('returns the applicable checklist, no answers and a zero score', async () => {
      const res = await get(PAYMENTS);
      expect(res.status).toBe(200);
      expectResponseToMatchSpec(
        '/entities/{kind}/{namespace}/{name}',
        'get',
        res,
      );
      expect(res.body.entityRef).toBe('component:default/payments');
      expect(res.body.checklist.id).toBe('backend-project');
      expect(res.body.result).toMatchObject({
        score: 0,
        level: null,
        answered: 0,
        questions: 56,
      });
      expect(res.body.access).toEqual({
        canEdit: true,
        owners: ['group:default/team-a'],
        canApprove: true,
      });
    });

    it('picks the checklist by spec.type', async () => {
      const res = await get(
        '/api/readiness/entities/component/default/storefront',
      );
      expect(res.body.checklist.id).toBe('websites');
    });

    it('explains when no checklist applies', async () => {
      const res = await get('/api/readiness/entities/group/default/team-a');
      expect(res.status).toBe(200);
      expectResponseToMatchSpec(
        '/entities/{kind}/{namespace}/{name}',
        'get',
        res,
      );
      expect(res.body.checklist).toBeNull();
      expect(res.body.result).toBeNull();
      expect(res.body.reason).toBe(
        "No readiness checklist applies to entities of kind 'Group' and type 'team'.",
      );
    });

    it('returns 404 for an entity the catalog does not have', async () => {
      const res = await get('/api/readiness/entities/component/default/ghost');
      expect(res.status).toBe(404);
      expectResponseToMatchSpec(
        '/entities/{kind}/{namespace}/{name}',
        'get',
        res,
      );
      expect(res.body.error.message).toBe(
        "No entity 'component:default/ghost' in the catalog",
      );
    });

    it('returns 401 without credentials', async () => {
      const res = await request(server).get(PAYMENTS);
      expect(res.status).toBe(401);
    });
  });

  describe('PUT /entities/.../answers/:questionId', () => {
    it('writes an answer, records the writer and updates the score', async () => {
      const res = await put('databases.backups', {
        checklistId: 'backend-project',
        status: 'yes',
        note: 'Nightly, restore tested in March',
        links: ['https://wiki.example.com/backups'],
        expectedVersion: 0,
      });
      expect(res.status).toBe(200);
      expectResponseToMatchSpec(
        '/entities/{kind}/{namespace}/{name}/answers/{questionId}',
        'put',
        res,
      );
      expect(res.body.answers[0]).toMatchObject({
        entityRef: 'component:default/payments',
        questionId: 'databases.backups',
        status: 'yes',
        version: 1,
        answeredBy: 'user:default/alice',
        stale: false,
      });
      expect(res.body.result.earned).toBe(3);
      expect(res.body.result.score).toBeGreaterThan(0);

      const read = await get(PAYMENTS);
      expect(read.body.answers).toHaveLength(1);
      expect(read.body.answers[0].note).toBe(
        'Nightly, restore tested in March',
      );
      expect(read.body.result.score).toBe(res.body.result.score);

      const scores = await get('/api/readiness/scores');
      expect(scores.body.items).toHaveLength(1);
      expect(scores.body.items[0]).toMatchObject({
        entityRef: 'component:default/payments',
        score: res.body.result.score,
        owner: 'group:default/team-a',
        system: 'system:default/shop',
        lifecycle: 'production',
      });
    });

    it('accepts service-to-service writes and records the service', async () => {
      const res = await request(server)
        .put(`${PAYMENTS}/answers/software-quality.ci`)
        .set(
          'Authorization',
          mockCredentials.service.header({
            onBehalfOf: mockCredentials.service('plugin:importer'),
            targetPluginId: 'readiness',
          }),
        )
        .send({
          checklistId: 'backend-project',
          status: 'yes',
          expectedVersion: 0,
        });
      expect(res.status).toBe(200);
      expect(res.body.answers[0].answeredBy).toBe('service:plugin:importer');
    });

    it('returns 409 for a stale version and changes nothing', async () => {
      const body = {
        checklistId: 'backend-project',
        status: 'yes',
        expectedVersion: 0,
      };
      expect((await put('software-quality.ci', body)).status).toBe(200);
      const res = await put('software-quality.ci', { ...body, status: 'no' });
      expect(res.status).toBe(409);
      expectResponseToMatchSpec(
        '/entities/{kind}/{namespace}/{name}/answers/{questionId}',
        'put',
        res,
      );
      expect(res.body.error.message).toMatch(
        /changed by someone else \(now version 1, your change was based on version 0\)/,
      );
      const read = await get(PAYMENTS);
      expect(read.body.answers[0]).toMatchObject({ status: 'yes', version: 1 });
    });

    it.each([
      [
        'an unknown question',
        'nope.question',
        { status: 'yes' },
        "answer: unknown question 'nope.question' in checklist 'backend-project'",
      ],
      [
        'an unknown checklist',
        'software-quality.ci',
        { checklistId: 'nope', status: 'yes' },
        "Unknown checklist 'nope'",
      ],
      [
        'a checklist for other entities',
        'software-quality.ci',
        { checklistId: 'websites', status: 'yes' },
        "Checklist 'websites' does not apply to component:default/payments; it uses 'backend-project'",
      ],
      [
        'a bad status',
        'software-quality.ci',
        { status: 'maybe' },
        'must be equal to one of the allowed values: yes, partial, no, na',
      ],
      [
        'N/A without a reason',
        'software-quality.ci',
        { status: 'na', note: '   ' },
        "answer: an N/A answer to 'software-quality.ci' needs a reason in 'note'",
      ],
      [
        'a note over 4,000 characters',
        'software-quality.ci',
        { status: 'yes', note: 'x'.repeat(4001) },
        'note must NOT have more than 4000 characters',
      ],
      [
        'more than 10 links',
        'software-quality.ci',
        {
          status: 'yes',
          links: Array.from({ length: 11 }, (_, i) => `https://x.example/${i}`),
        },
        'links must NOT have more than 10 items',
      ],
      [
        'a javascript: link',
        'software-quality.ci',
        // eslint-disable-next-line no-script-url -- the point of this case
        { status: 'yes', links: ['javascript:alert(1)'] },
        'answer.links[0] "javascript:alert(1)" must start with http:// or https://',
      ],
      [
        'a link that is not a URL',
        'software-quality.ci',
        { status: 'yes', links: ['wiki page'] },
        'answer.links[0] "wiki page" must start with http:// or https://',
      ],
      [
        'a missing expectedVersion',
        'software-quality.ci',
        { status: 'yes', expectedVersion: undefined },
        "must have required property 'expectedVersion'",
      ],
      [
        'a negative expectedVersion',
        'software-quality.ci',
        { status: 'yes', expectedVersion: -1 },
        'expectedVersion must be >= 0',
      ],
      [
        'an unknown field',
        'software-quality.ci',
        { status: 'yes', colour: 'red' },
        'must NOT have additional properties',
      ],
    ])(
      'rejects %s with 400 and changes nothing',
      async (_case, questionId, fields, message) => {
        const res = await put(questionId, {
          checklistId: 'backend-project',
          expectedVersion: 0,
          ...fields,
        });
        expect(res.status).toBe(400);
        expectResponseToMatchSpec(
          '/entities/{kind}/{namespace}/{name}/answers/{questionId}',
          'put',
          res,
        );
        expect(res.body.error.message).toContain(message);
        await expectNoAnswers();
      },
    );

    it('returns 404 for an unknown entity and 401 without credentials', async () => {
      const body = {
        checklistId: 'backend-project',
        status: 'yes',
        expectedVersion: 0,
      };
      const missing = await request(server)
        .put(
          '/api/readiness/entities/component/default/ghost/answers/software-quality.ci',
        )
        .set('Authorization', mockCredentials.user.header())
        .send(body);
      expect(missing.status).toBe(404);
      const anonymous = await request(server)
        .put(`${PAYMENTS}/answers/software-quality.ci`)
        .send(body);
      expect(anonymous.status).toBe(401);
      await expectNoAnswers();
    });
  });

  describe('POST /entities/.../answers', () => {
    it('writes a batch in one go', async () => {
      const res = await post({
        checklistId: 'backend-project',
        answers: [
          {
            questionId: 'software-quality.ci',
            status: 'yes',
            expectedVersion: 0,
          },
          {
            questionId: 'web-servers.mobile-app',
            status: 'na',
            note: 'Web only',
            expectedVersion: 0,
          },
        ],
      });
      expect(res.status).toBe(200);
      expectResponseToMatchSpec(
        '/entities/{kind}/{namespace}/{name}/answers',
        'post',
        res,
      );
      expect(res.body.answers).toHaveLength(2);
      expect(res.body.result.answered).toBe(2);
      expect(res.body.result.notApplicable).toBe(1);
    });

    it('writes nothing when one answer of the batch is invalid', async () => {
      const res = await post({
        checklistId: 'backend-project',
        answers: [
          {
            questionId: 'software-quality.ci',
            status: 'yes',
            expectedVersion: 0,
          },
          {
            questionId: 'software-quality.ci',
            status: 'no',
            expectedVersion: 0,
          },
        ],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        "answers[1]: question 'software-quality.ci' is answered twice in one request",
      );
      await expectNoAnswers();
    });

    it('writes nothing when one answer of the batch is stale', async () => {
      await put('software-quality.ci', {
        checklistId: 'backend-project',
        status: 'yes',
        expectedVersion: 0,
      });
      const res = await post({
        checklistId: 'backend-project',
        answers: [
          {
            questionId: 'databases.backups',
            status: 'yes',
            expectedVersion: 0,
          },
          {
            questionId: 'software-quality.ci',
            status: 'no',
            expectedVersion: 0,
          },
        ],
      });
      expect(res.status).toBe(409);
      const read = await get(PAYMENTS);
      expect(
        read.body.answers.map((a: { questionId: string }) => a.questionId),
      ).toEqual(['software-quality.ci']);
    });

    it('rejects an empty batch', async () => {
      const res = await post({ checklistId: 'backend-project', answers: [] });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(
        'answers must NOT have fewer than 1 items',
      );
    });
  });

  describe('GET /entities/.../history', () => {
    it('lists every change newest first, with what it replaced', async () => {
      const body = {
        checklistId: 'backend-project',
        status: 'partial',
        expectedVersion: 0,
      };
      await put('software-quality.ci', body);
      await put('software-quality.ci', {
        ...body,
        status: 'yes',
        expectedVersion: 1,
      });
      await put('databases.backups', body);

      const res = await get(`${PAYMENTS}/history`);
      expect(res.status).toBe(200);
      expectResponseToMatchSpec(
        '/entities/{kind}/{namespace}/{name}/history',
        'get',
        res,
      );
      expect(
        res.body.items.map((h: { questionId: string; status: string }) => [
          h.questionId,
          h.status,
        ]),
      ).toEqual([
        ['databases.backups', 'partial'],
        ['software-quality.ci', 'yes'],
        ['software-quality.ci', 'partial'],
      ]);
      expect(res.body.items[1].previous).toEqual({
        status: 'partial',
        links: [],
        version: 1,
      });
      expect(res.body.items[1].changedBy).toBe('user:default/alice');

      const filtered = await get(
        `${PAYMENTS}/history?questionId=software-quality.ci&limit=1`,
      );
      expect(filtered.body.items).toHaveLength(1);
      expect(filtered.body.items[0].version).toBe(2);
      const older = await get(
        `${PAYMENTS}/history?questionId=software-quality.ci&beforeId=${filtered.body.items[0].id}`,
      );
      expect(
        older.body.items.map((h: { version: number }) => h.version),
      ).toEqual([1]);
    });

    it('rejects a bad limit and an unknown entity', async () => {
      const bad = await get(`${PAYMENTS}/history?limit=0`);
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('limit must be >= 1');
      const missing = await get(
        '/api/readiness/entities/component/default/ghost/history',
      );
      expect(missing.status).toBe(404);
    });
  });

  describe('scores', () => {
    beforeEach(async () => {
      await put('databases.backups', {
        checklistId: 'backend-project',
        status: 'yes',
        expectedVersion: 0,
      });
      await request(server)
        .put(
          '/api/readiness/entities/component/default/storefront/answers/ux.a11y',
        )
        .set('Authorization', mockCredentials.user.header())
        .send({ checklistId: 'websites', status: 'yes', expectedVersion: 0 });
    });

    it('returns all scores, paginated', async () => {
      const first = await get('/api/readiness/scores?limit=1');
      expect(first.status).toBe(200);
      expectResponseToMatchSpec('/scores', 'get', first);
      expect(first.body.totalCount).toBe(2);
      expect(
        first.body.items.map((s: { entityRef: string }) => s.entityRef),
      ).toEqual(['component:default/payments']);
      const second = await get(
        `/api/readiness/scores?limit=1&cursor=${encodeURIComponent(
          first.body.nextCursor,
        )}`,
      );
      expect(second.body.items[0]).toMatchObject({
        entityRef: 'component:default/storefront',
        score: 100,
        level: 'gold',
      });
      expect(second.body.nextCursor).toBeUndefined();
    });

    it('filters by entity ref, kind, level and score range', async () => {
      const refs = async (query: string) =>
        (
          await get(`/api/readiness/scores?${query}`).expect(res => {
            if (res.status !== 200)
              throw new Error(
                `${query}: ${res.status} ${JSON.stringify(res.body)}`,
              );
          })
        ).body.items.map(
          (s: { entityRef: string }) => s.entityRef.split('/')[1],
        );
      expect(await refs('level=gold')).toEqual(['storefront']);
      expect(await refs('level=none')).toEqual(['payments']);
      expect(await refs('level=none&level=gold')).toEqual([
        'payments',
        'storefront',
      ]);
      expect(await refs('minScore=50')).toEqual(['storefront']);
      expect(await refs('maxScore=50')).toEqual(['payments']);
      expect(await refs('kind=component')).toEqual(['payments', 'storefront']);
      expect(await refs('kind=api')).toEqual([]);
      expect(
        await refs(
          `owner=${encodeURIComponent('group:default/team-a')}&type=website`,
        ),
      ).toEqual(['storefront']);
      expect(await refs('lifecycle=experimental')).toEqual([]);
      expect(
        await refs(
          `entityRef=${encodeURIComponent('Component:default/storefront')}`,
        ),
      ).toEqual(['storefront']);
    });

    it('returns every field of a score, or only the fields asked for', async () => {
      const full = await get(
        '/api/readiness/scores?entityRef=component%3Adefault%2Fstorefront',
      );
      // Without fields, every property of the spec's Score but those the catalog has no value
      // for (the test catalog has no domain for the system and no title).
      expect(Object.keys(full.body.items[0]).sort()).toEqual(
        openApiSpec.components.schemas.ScoreField.enum
          .filter(f => f !== 'domain' && f !== 'title')
          .sort(),
      );

      const picked = await get(
        '/api/readiness/scores?fields=level&fields=score&fields=assessment',
      );
      expect(picked.status).toBe(200);
      expectResponseToMatchSpec('/scores', 'get', picked);
      expect(picked.body.totalCount).toBe(2);
      expect(picked.body.items).toEqual([
        {
          entityRef: 'component:default/payments',
          level: null,
          score: expect.any(Number),
          assessment: 'assessed',
        },
        {
          entityRef: 'component:default/storefront',
          level: 'gold',
          score: 100,
          assessment: 'assessed',
        },
      ]);

      const byBody = await request(server)
        .post('/api/readiness/scores/query')
        .set('Authorization', mockCredentials.user.header())
        .send({ fields: ['owner'], limit: 1 });
      expect(byBody.status).toBe(200);
      expect(byBody.body.items).toEqual([
        {
          entityRef: 'component:default/payments',
          owner: 'group:default/team-a',
        },
      ]);
      expect(byBody.body.nextCursor).toEqual(expect.any(String));
    });

    it('takes the same filters as a POST body', async () => {
      const res = await request(server)
        .post('/api/readiness/scores/query')
        .set('Authorization', mockCredentials.user.header())
        .send({ entityRefs: ['component:default/payments'], levels: ['none'] });
      expect(res.status).toBe(200);
      expectResponseToMatchSpec('/scores/query', 'post', res);
      expect(
        res.body.items.map(
          (s: { entityRef: string }) => s.entityRef.split('/')[1],
        ),
      ).toEqual(['payments']);
    });

    it.each([
      [
        'level=platinum',
        "Unknown level 'platinum'; use one of bronze, silver, gold, none",
      ],
      [
        'minScore=80&maxScore=20',
        'minScore (80) must not be greater than maxScore (20)',
      ],
      ['minScore=101', 'minScore must be <= 100'],
      ['limit=0', 'limit must be >= 1'],
      ['colour=red', "Unknown query parameter 'colour'"],
    ])('rejects %s with 400', async (query, message) => {
      const res = await get(`/api/readiness/scores?${query}`);
      expect(res.status).toBe(400);
      expectResponseToMatchSpec('/scores', 'get', res);
      expect(res.body.error.message).toContain(message);
    });

    it('returns 401 without credentials', async () => {
      expect((await request(server).get('/api/readiness/scores')).status).toBe(
        401,
      );
    });
  });

  describe('GET /report and /report/trends', () => {
    beforeEach(async () => {
      await put('databases.backups', {
        checklistId: 'backend-project',
        status: 'yes',
        expectedVersion: 0,
      });
    });

    it('returns the review of assessed entities, by owner by default', async () => {
      const res = await get('/api/readiness/report');
      expect(res.status).toBe(200);
      expectResponseToMatchSpec('/report', 'get', res);
      expect(res.body.groupBy).toBe('owner');
      expect(res.body.totals.entities).toBe(1);
      expect(res.body.groups).toEqual([
        expect.objectContaining({ key: 'group:default/team-a', entities: 1 }),
      ]);
      expect(
        res.body.questions.find(
          (q: { questionId: string }) => q.questionId === 'databases.backups',
        ),
      ).toMatchObject({ entities: 1, yes: 1, unanswered: 0 });
    });

    it('filters and groups as asked', async () => {
      const res = await get(
        `/api/readiness/report?groupBy=lifecycle&owner=${encodeURIComponent(
          'group:default/nobody',
        )}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.totals.entities).toBe(0);
      expect(res.body.groupBy).toBe('lifecycle');
    });

    it('echoes filters of any length as the spec declares them (no campaign-scope limits)', async () => {
      const kind = 'k'.repeat(300);
      const res = await get(`/api/readiness/report?kind=${kind}`);
      expect(res.status).toBe(200);
      expectResponseToMatchSpec('/report', 'get', res);
      expect(res.body.filters).toEqual({ kinds: [kind] });
    });

    it('serves trends, empty before the first snapshot', async () => {
      const res = await get(
        '/api/readiness/report/trends?groupBy=owner&days=30',
      );
      expect(res.status).toBe(200);
      expectResponseToMatchSpec('/report/trends', 'get', res);
      expect(res.body).toMatchObject({ groupBy: 'owner', points: [] });
    });

    it.each([
      [
        '/report?groupBy=colour',
        'groupBy must be equal to one of the allowed values',
      ],
      ['/report/trends?days=0', 'days must be >= 1'],
      [
        '/report/trends?days=500',
        'days is 500, but snapshots are kept for 400 days',
      ],
    ])('rejects %s with 400', async (path, message) => {
      const res = await get(`/api/readiness${path}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
    });

    it('returns 401 without credentials', async () => {
      expect((await request(server).get('/api/readiness/report')).status).toBe(
        401,
      );
    });
  });
});
