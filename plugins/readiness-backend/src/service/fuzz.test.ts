import fc from 'fast-check';
import request from 'supertest';
import { bothDatabases } from '../__testUtils__/bothDatabases';
import {
  asUser,
  dumpAnswerTables,
  ReadinessTestBackend,
  startReadinessBackend,
  testEntity,
} from './__testUtils__/startReadinessBackend';

jest.setTimeout(600_000);

/**
 * Property-based input: generated entity refs, question ids, bodies, query strings and headers
 * for every operation of openapi.yaml. Whatever arrives, the answer is 2xx, or 4xx with a JSON
 * message and nothing changed; never 5xx. `READINESS_FUZZ_RUNS` sets the cases per database
 * (the reliability script runs thousands).
 */
const RUNS = Number(process.env.READINESS_FUZZ_RUNS ?? 150);

const databases = bothDatabases();

type Method = 'get' | 'post' | 'put' | 'delete';

/** Every operation of the API, by method and path template. */
const OPERATIONS: [Method, string][] = [
  ['get', '/checklists'],
  ['get', '/entities/{kind}/{namespace}/{name}'],
  ['post', '/entities/{kind}/{namespace}/{name}/answers'],
  ['put', '/entities/{kind}/{namespace}/{name}/answers/{questionId}'],
  ['delete', '/entities/{kind}/{namespace}/{name}/answers/{questionId}'],
  ['post', '/entities/{kind}/{namespace}/{name}/evidence/refresh'],
  ['get', '/entities/{kind}/{namespace}/{name}/history'],
  ['get', '/entities/{kind}/{namespace}/{name}/trend'],
  ['get', '/report'],
  ['get', '/report/trends'],
  ['get', '/scores'],
  ['get', '/subjects/removed'],
  ['post', '/scores/query'],
];

/** Mostly near-valid values, so generated requests get past the first check often enough. */
const text = (...likely: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...likely) },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        ' ',
        '\u0000',
        '..',
        '%',
        '%00',
        'a'.repeat(2000),
      ),
    },
  );

const questionId = text('software-quality.ci', 'databases.backups', 'ops.nope');
const number = fc.oneof(
  fc.integer({ min: -3, max: 30 }),
  fc.double(),
  fc.constantFrom(1e308, -0, 2 ** 53),
);
const answer = fc.record(
  {
    questionId,
    status: text('yes', 'no', 'partial', 'na'),
    note: fc.oneof(fc.string({ maxLength: 50 }), fc.constant(null)),
    links: fc.array(
      text('https://runbooks.example.com/x', 'data:text/html,hello'),
      {
        maxLength: 3,
      },
    ),
    expectedVersion: fc.oneof(number, fc.string({ maxLength: 3 })),
    reviewedAt: text('2026-01-01T00:00:00Z', 'yesterday'),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.record(
    {
      checklistId: text('backend-project', 'other'),
      answers: fc.oneof(fc.array(answer, { maxLength: 4 }), fc.jsonValue()),
    },
    { requiredKeys: [] },
  ),
  answer.map(a => ({ checklistId: 'backend-project', ...a })),
  fc.record(
    {
      owners: fc.array(text('group:default/team-a'), { maxLength: 3 }),
      levels: fc.array(text('gold', 'none'), { maxLength: 3 }),
      minScore: number,
      limit: number,
      cursor: fc.string({ maxLength: 20 }),
      entityRefs: fc.array(text('component:default/payments'), {
        maxLength: 3,
      }),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 3 }),
);
const query = fc.dictionary(
  text(
    'groupBy',
    'days',
    'limit',
    'cursor',
    'owner',
    'kind',
    'level',
    'minScore',
    'questionId',
    'beforeId',
    'population',
    'expectedVersion',
    'entityRef',
  ),
  fc.oneof(
    text('owner', 'system', '7', '0', '-1', 'all', 'assessed', 'component'),
    fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  ),
  { maxKeys: 4 },
);
const headers = fc.record({
  authorization: fc.constantFrom(
    asUser('user:default/alice'),
    asUser('user:default/alice'),
    undefined,
    'Bearer not-a-token',
  ),
  contentType: fc.constantFrom(
    'application/json',
    'application/json',
    'text/plain',
    'application/x-www-form-urlencoded',
  ),
  rawBody: fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom('{', 'null', '[]', '"x"', 'a=b') },
  ),
});
const pathParams = fc.record({
  kind: text('component', 'Component', 'api'),
  namespace: text('default'),
  name: text('payments', 'unknown'),
  questionId,
});

const requests = fc.record({
  operation: fc.constantFrom(...OPERATIONS),
  params: pathParams,
  query,
  body,
  headers,
});

const pathOf = (template: string, params: Record<string, string>) =>
  `/api/readiness${template.replace(/\{(\w+)\}/g, (_, key) =>
    encodeURIComponent(params[key]),
  )}`;

describe.each(databases.eachSupportedId())(
  'generated requests to every operation (%s)',
  databaseId => {
    let backend: ReadinessTestBackend;

    beforeAll(async () => {
      backend = await startReadinessBackend({
        databases,
        databaseId,
        entities: [testEntity('Component', 'payments', { type: 'service' })],
      });
    });

    it(`answers ${RUNS} generated requests with 2xx, or 4xx with a message and no change`, async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(requests, async generated => {
          const [method, template] = generated.operation;
          const before = await dumpAnswerTables(backend.knex);
          let call = request(backend.server)
            [method](pathOf(template, generated.params))
            .query(generated.query)
            .set('Content-Type', generated.headers.contentType);
          if (generated.headers.authorization) {
            call = call.set('Authorization', generated.headers.authorization);
          }
          const res =
            method === 'get' || method === 'delete'
              ? await call
              : await call.send(
                  generated.headers.rawBody ??
                    (generated.headers.contentType === 'application/json'
                      ? JSON.stringify(generated.body)
                      : String(JSON.stringify(generated.body))),
                );
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const what = `${method.toUpperCase()} ${template}: ${res.status}`;
          if (res.status >= 500) {
            throw new Error(`${what} ${res.text}`);
          }
          if (res.status < 400) {
            return;
          }
          const message = res.body?.error?.message;
          if (typeof message !== 'string' || message.length === 0) {
            throw new Error(`${what} without a JSON message: ${res.text}`);
          }
          const after = await dumpAnswerTables(backend.knex);
          if (JSON.stringify(after) !== JSON.stringify(before)) {
            throw new Error(`${what} (${message}) changed the database`);
          }
        }),
        { numRuns: RUNS },
      );
      // The cases reached more than the first check: some were accepted, some refused.
      const ok = [...statuses]
        .filter(([s]) => s < 300)
        .reduce((n, [, c]) => n + c, 0);
      expect(ok).toBeGreaterThan(0);
      expect(statuses.size).toBeGreaterThan(2);
    });
  },
);
