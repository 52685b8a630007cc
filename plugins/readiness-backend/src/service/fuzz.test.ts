import fc from 'fast-check';
import request from 'supertest';
import { bothDatabases } from '../__testUtils__/bothDatabases';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  asService,
  asUser,
  dumpAnswerTables,
  ReadinessTestBackend,
  startReadinessBackend,
  testEntity,
} from './__testUtils__/startReadinessBackend';
import { testPermissionsFactory } from './__testUtils__/testPermissions';
import {
  operationOf,
  specViolation,
} from './__testUtils__/expectResponseToMatchSpec';
import { spec } from '../schema/openapi.generated';

jest.setTimeout(600_000);

/**
 * Property-based input: generated entity refs (non-ASCII names included), question ids, days and
 * times (impossible calendar dates, boundary years), bodies, query strings and every kind of
 * caller (users with and without the permissions, listed and unlisted services, none) for every
 * operation of openapi.yaml. Whatever arrives, the answer is one the operation declares; 2xx, or
 * 4xx with a JSON message and nothing changed; never 5xx; and no write succeeds for a caller
 * without the right to it. `READINESS_FUZZ_RUNS` sets the cases per database (the reliability
 * script runs thousands).
 */
const RUNS = Number(process.env.READINESS_FUZZ_RUNS ?? 150);

const databases = bothDatabases();

/** A user the policy denies every readiness permission. */
const DENIED = 'user:default/eve';

/**
 * What openapi.yaml says about this response: an undeclared status or a body off the schema. The
 * operation is the one the path reached (an empty parameter can turn `/campaigns/{id}` into
 * `/campaigns/`, the list).
 */
const operationViolation = (
  method: Method,
  path: string,
  res: request.Response,
) => {
  const operation = operationOf(
    // Not through URL, which would resolve `.` segments the router takes as values.
    path.split(/[?#]/)[0].slice('/api/readiness'.length),
    method,
  );
  return operation
    ? specViolation(operation.path, operation.method, {
        status: res.status,
        body: res.body,
      })
    : undefined;
};

type Method = 'get' | 'post' | 'put' | 'delete';

/** Every operation of the API, by method and path template. */
const OPERATIONS: [Method, string][] = [
  ['get', '/checklists'],
  ['get', '/checklists/{id}'],
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
  ['post', '/entities/{kind}/{namespace}/{name}/answers/{questionId}/decision'],
  ['get', '/entities/{kind}/{namespace}/{name}/campaigns'],
  ['get', '/report/exemptions'],
  ['get', '/report/evidence-problems'],
  ['get', '/campaigns'],
  ['post', '/campaigns'],
  ['get', '/campaigns/{campaignId}'],
  ['put', '/campaigns/{campaignId}'],
  ['get', '/campaigns/{campaignId}/history'],
];

/** Operations that change something: only callers allowed to write may get a 2xx from them. */
const isWrite = (method: Method, template: string) =>
  method !== 'get' && template !== '/scores/query';

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

/** Days and times that look right but do not exist, boundary years, and good ones. */
const day = fc.oneof(
  fc.constantFrom(
    '2027-01-01',
    '2027-06-30',
    '2027-13-01',
    '2027-00-10',
    '2027-12-32',
    '2027-99-99',
    '2027-02-29',
    '2028-02-29',
    '0000-01-01',
    '0001-01-01',
    '9999-12-31',
    '2027-1-1',
  ),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(
          d,
        ).padStart(2, '0')}`,
    ),
);
const instant = fc.oneof(
  day.map(d => `${d}T00:00:00Z`),
  fc.constantFrom(
    '2026-01-01T00:00:00Z',
    '2025-02-30T00:00:00Z',
    '2027-01-01T24:00:00Z',
    '2027-01-01T12:00:00+25:00',
    'yesterday',
  ),
);
/** Entity names, often ones the catalog would refuse: non-ASCII, too long, odd signs. */
const entityName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('payments', 'unknown') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '💩',
      'zahlungsdienst-ü',
      '日本',
      'a b',
      'x'.repeat(64),
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);
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
    reviewedAt: instant,
    expiresAt: instant,
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
  fc.record(
    {
      title: text('Runbooks everywhere'),
      scope: fc.constant({}),
      target: fc.oneof(
        fc.constant({ level: 'bronze' }),
        fc.constant({ questionIds: ['software-quality.ci'] }),
      ),
      startsOn: day,
      dueOn: day,
      reminderDays: number,
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      decision: text('approve', 'reject'),
      expectedVersion: number,
      note: fc.string({ maxLength: 20 }),
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
    'state',
    'checklist',
    'version',
  ),
  fc.oneof(
    text(
      'owner',
      'system',
      '7',
      '0',
      '-1',
      'all',
      'assessed',
      'component',
      'reference',
      'full',
    ),
    fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  ),
  { maxKeys: 4 },
);
/** Every kind of caller, and whether it may write (see the backend's config and policy). */
const CALLERS = [
  { header: asUser('user:default/alice'), mayWrite: true },
  { header: asUser('user:default/alice'), mayWrite: true },
  { header: asUser(DENIED), mayWrite: false },
  { header: asService('plugin:importer'), mayWrite: true },
  { header: asService('plugin:stranger'), mayWrite: false },
  { header: undefined, mayWrite: false },
  { header: 'Bearer not-a-token', mayWrite: false },
];
const headers = fc.record({
  caller: fc.constantFrom(...CALLERS),
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
  kind: text('component', 'Component', 'api', 'group'),
  namespace: text('default'),
  name: entityName,
  questionId,
  campaignId: text('bronze-by-march', 'nope'),
  id: text('backend-project', 'nope'),
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
        config: {
          defaultChecklist: { exemptionsNeedApproval: true },
          permissions: { serviceWriters: ['plugin:importer'] },
          campaigns: {
            items: [
              {
                id: 'bronze-by-march',
                title: 'Bronze by March',
                target: { level: 'bronze' },
                startsOn: '2027-01-01',
                dueOn: '2027-03-31',
              },
            ],
          },
        },
        extraFeatures: [
          testPermissionsFactory({
            [DENIED]: {
              'readiness.answer.update': AuthorizeResult.DENY,
              'readiness.exemption.approve': AuthorizeResult.DENY,
              'readiness.campaign.manage': AuthorizeResult.DENY,
            },
          }),
        ],
      });
    });

    it('generates requests for every operation of openapi.yaml', () => {
      const declared = Object.entries(spec.paths).flatMap(([path, item]) =>
        Object.keys(item).map(method => `${method} ${path}`),
      );
      expect(OPERATIONS.map(([m, p]) => `${m} ${p}`).sort()).toEqual(
        declared.sort(),
      );
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
          const { caller } = generated.headers;
          if (caller.header) {
            call = call.set('Authorization', caller.header);
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
          const violation = operationViolation(
            method,
            pathOf(template, generated.params),
            res,
          );
          if (violation) {
            throw new Error(violation);
          }
          if (res.status < 400) {
            if (!caller.mayWrite && isWrite(method, template)) {
              throw new Error(
                `${what}: a caller without the right to write succeeded`,
              );
            }
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
