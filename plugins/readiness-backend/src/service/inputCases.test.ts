import { bothDatabases } from '../__testUtils__/bothDatabases';
import request from 'supertest';
import {
  asService,
  asUser,
  dumpAnswerTables,
  ReadinessTestBackend,
  startReadinessBackend,
  testEntity,
} from './__testUtils__/startReadinessBackend';

jest.setTimeout(60_000);

/**
 * One table of bad input, run on every database: each case is a 400 with a message that says
 * what is wrong, and the database is unchanged afterwards.
 */

const databases = bothDatabases();

const ENTITY = '/api/readiness/entities/component/default/payments';
const ANSWER = `${ENTITY}/answers/software-quality.ci`;
const NUL = '\u0000';
const FILTERS = ['owner', 'system', 'domain', 'kind', 'type', 'lifecycle'];

type Case = {
  name: string;
  method: 'get' | 'put' | 'post' | 'delete';
  path: string;
  body?: object;
  message: RegExp;
  /** Sent as a listed service writer (which may import `reviewedAt`) instead of a user. */
  asServiceWriter?: boolean;
};

const answer = (fields: object) => ({
  checklistId: 'backend-project',
  status: 'yes',
  expectedVersion: 1,
  ...fields,
});

const campaign = (fields: object) => ({
  title: 'Runbooks everywhere',
  scope: {},
  target: { level: 'bronze' },
  startsOn: '2026-01-01',
  dueOn: '2026-06-30',
  reminderDays: 7,
  ...fields,
});
const CAMPAIGNS = '/api/readiness/campaigns';

const cases: Case[] = [
  {
    name: 'a campaign due before it starts',
    method: 'post',
    path: CAMPAIGNS,
    body: campaign({ dueOn: '2025-12-31' }),
    message: /^Invalid campaign: dueOn must not be before startsOn$/,
  },
  {
    name: 'a campaign day that does not exist',
    method: 'post',
    path: CAMPAIGNS,
    body: campaign({ startsOn: '2026-02-30' }),
    message: /startsOn must be a date that exists, written YYYY-MM-DD/,
  },
  ...[
    ['startsOn', '2027-13-01'],
    ['dueOn', '2027-00-10'],
    ['dueOn', '2027-12-32'],
    ['startsOn', '2027-99-99'],
    ['startsOn', '0000-01-01'],
  ].map(
    ([field, day]): Case => ({
      name: `a campaign whose ${field} is ${day}`,
      method: 'post',
      path: CAMPAIGNS,
      body: campaign({
        startsOn: '2027-01-01',
        dueOn: '2027-06-30',
        [field]: day,
      }),
      message: new RegExp(
        `^Invalid campaign: ${field} must be a date that exists, written YYYY-MM-DD; got "${day}"$`,
      ),
    }),
  ),
  {
    name: 'a campaign due in 9999',
    method: 'post',
    path: CAMPAIGNS,
    body: campaign({ dueOn: '9999-12-31' }),
    message: /dueOn 9999-12-31 is more than 10 years from today/,
  },
  {
    name: 'a campaign that started in year 1',
    method: 'post',
    path: CAMPAIGNS,
    body: campaign({ startsOn: '0001-01-01' }),
    message: /startsOn 0001-01-01 is more than 10 years from today/,
  },
  {
    name: 'an imported review time that does not exist',
    method: 'post',
    path: `${ENTITY}/answers`,
    body: {
      checklistId: 'backend-project',
      answers: [
        {
          questionId: 'software-quality.ci',
          status: 'yes',
          expectedVersion: 1,
          reviewedAt: '2025-02-30T00:00:00Z',
        },
      ],
    },
    message:
      /reviewedAt must be an ISO 8601 date and time that exists, like 2026-01-31T09:00:00Z; got "2025-02-30T00:00:00Z"/,
    asServiceWriter: true,
  },
  {
    name: 'an exemption expiry that does not exist',
    method: 'put',
    path: ANSWER,
    body: answer({
      status: 'na',
      note: 'Not deployed',
      expiresAt: '2027-02-30T00:00:00Z',
    }),
    message: /expiresAt must be an ISO 8601 date and time that exists/,
  },
  {
    name: 'an entity name the catalog refuses',
    method: 'get',
    path: '/api/readiness/entities/component/default/%F0%9F%92%A9',
    message:
      /^Invalid entity ref: name '💩' is not a valid entity name \(letters, digits, '-', '_' and '\.', at most 63\)$/,
  },
  {
    name: 'a read without access in the full form',
    method: 'get',
    path: `${ENTITY}?access=omit`,
    message:
      /^access=omit needs checklist=reference: the full form always carries the access$/,
  },
  {
    name: 'a read with an access option that does not exist',
    method: 'get',
    path: `${ENTITY}?checklist=reference&access=maybe`,
    message: /access/,
  },
  {
    name: 'an evidence refresh of a kind without a checklist',
    method: 'post',
    path: '/api/readiness/entities/group/default/team-a/evidence/refresh',
    message: /No readiness checklist applies to group:default\/team-a/,
  },
  {
    name: 'a campaign for a level that does not exist',
    method: 'post',
    path: CAMPAIGNS,
    body: campaign({ target: { level: 'diamond' } }),
    message:
      /target\.level 'diamond' is not a level; levels are bronze, silver, gold/,
  },
  {
    name: 'a campaign on a question no checklist asks',
    method: 'post',
    path: CAMPAIGNS,
    body: campaign({ target: { questionIds: ['nope'] } }),
    message: /target\.questionIds has questions no checklist asks: nope/,
  },
  {
    name: 'a campaign with two targets',
    method: 'post',
    path: CAMPAIGNS,
    body: campaign({ target: { level: 'bronze', questionIds: ['x'] } }),
    message: /target/,
  },
  {
    name: 'a campaign title of white space only',
    method: 'post',
    path: CAMPAIGNS,
    body: campaign({ title: '   ' }),
    message: /title must be a non-empty text/,
  },
  {
    name: 'a NUL byte in a campaign title',
    method: 'post',
    path: CAMPAIGNS,
    body: campaign({ title: `a${NUL}b` }),
    message: /body field 'title' contains the control character U\+0000/,
  },
  {
    name: 'a campaign change without the version read',
    method: 'put',
    path: `${CAMPAIGNS}/some-campaign`,
    body: campaign({}),
    message: /expectedVersion/,
  },
  {
    name: 'an unknown campaign entity state',
    method: 'get',
    path: `${CAMPAIGNS}/some-campaign?state=finished`,
    message: /state/,
  },
  {
    name: 'an expiry on an answer that is not N/A',
    method: 'put',
    path: ANSWER,
    body: answer({ expiresAt: '2028-01-01T00:00:00Z' }),
    message:
      /answer\.expiresAt: only an N\/A answer can expire; 'software-quality\.ci' is answered 'yes'/,
  },
  {
    name: 'an exemption that has already expired',
    method: 'put',
    path: ANSWER,
    body: answer({
      status: 'na',
      note: 'No CI for a spreadsheet',
      expiresAt: '2020-01-01T00:00:00Z',
    }),
    message: /answer\.expiresAt 2020-01-01T00:00:00Z is not in the future/,
  },
  {
    name: 'an exemption for more than five years',
    method: 'post',
    path: `${ENTITY}/answers`,
    body: {
      checklistId: 'backend-project',
      answers: [
        {
          questionId: 'software-quality.ci',
          status: 'na',
          note: 'No CI for a spreadsheet',
          expectedVersion: 1,
          expiresAt: '2099-01-01T00:00:00Z',
        },
      ],
    },
    message:
      /answer\.expiresAt 2099-01-01T00:00:00Z is more than 5 years ahead/,
  },
  {
    name: 'an expiry that is not a time',
    method: 'put',
    path: ANSWER,
    body: answer({ status: 'na', note: 'Not needed', expiresAt: 'soon' }),
    message: /expiresAt/,
  },
  {
    name: 'a NUL byte in a note',
    method: 'put',
    path: ANSWER,
    body: answer({ note: `before${NUL}after` }),
    message: /body field 'note' contains the control character U\+0000/,
  },
  {
    name: 'a NUL byte as an N/A reason',
    method: 'put',
    path: ANSWER,
    body: answer({ status: 'na', note: NUL }),
    message: /body field 'note' contains the control character U\+0000/,
  },
  {
    name: 'a bell character in a note',
    method: 'put',
    path: ANSWER,
    body: answer({ note: 'ding\u0007' }),
    message: /'note' contains the control character U\+0007/,
  },
  {
    name: 'a NUL byte in a batch answer',
    method: 'post',
    path: `${ENTITY}/answers`,
    body: {
      checklistId: 'backend-project',
      answers: [{ questionId: `q${NUL}`, status: 'yes', expectedVersion: 0 }],
    },
    message:
      /body field 'answers\[0\]\.questionId' contains the control character/,
  },
  {
    name: 'a NUL byte in the question id of the path',
    method: 'put',
    path: `${ENTITY}/answers/software-quality.ci%00`,
    body: answer({}),
    message:
      /path parameter 'questionId' contains the control character U\+0000/,
  },
  {
    name: 'a NUL byte in the entity name of the path',
    method: 'get',
    path: '/api/readiness/entities/component/default/pay%00ments',
    message: /path parameter 'name' contains the control character/,
  },
  {
    name: 'a lone surrogate in a note',
    method: 'put',
    path: ANSWER,
    body: answer({ note: 'half \ud800 a character' }),
    message: /'note' contains an unpaired UTF-16 surrogate/,
  },
  {
    name: 'an N/A reason of only a zero-width space',
    method: 'put',
    path: ANSWER,
    body: answer({ status: 'na', note: '\u200b' }),
    message: /needs a reason/,
  },
  {
    name: 'a link with white space inside',
    method: 'put',
    path: ANSWER,
    body: answer({ links: ['https://wiki.example.com/run book'] }),
    message: /links\[0\] .* contains white space/,
  },
  {
    name: 'a link with credentials',
    method: 'put',
    path: ANSWER,
    body: answer({ links: ['https://user:secret@wiki.example.com/'] }),
    message: /links\[0\] .* must not contain a user name or password/,
  },
  {
    name: 'a link without // after the scheme',
    method: 'put',
    path: ANSWER,
    body: answer({ links: ['http:evil.example.com'] }),
    message: /links\[0\] .* must start with http:\/\/ or https:\/\//,
  },
  {
    name: 'a link with a control character',
    method: 'put',
    path: ANSWER,
    body: answer({ links: ['https://wiki.example.com/\u0007'] }),
    message: /body field 'links\[0\]' contains the control character U\+0007/,
  },
  {
    name: 'an expectedVersion beyond the integer range',
    method: 'put',
    path: ANSWER,
    body: answer({ expectedVersion: 1e20 }),
    message: /expectedVersion must be <= 2147483647/,
  },
  {
    name: 'a clear with an expectedVersion beyond the integer range',
    method: 'delete',
    path: `${ANSWER}?expectedVersion=1e20`,
    message: /expectedVersion must be <= 2147483647/,
  },
  {
    name: 'history before an id of 1e20',
    method: 'get',
    path: `${ENTITY}/history?beforeId=1e20`,
    message: /beforeId must be <= 9007199254740991/,
  },
  {
    name: 'history before an id beyond bigint',
    method: 'get',
    path: `${ENTITY}/history?beforeId=9223372036854775808`,
    message: /beforeId must be <= 9007199254740991/,
  },
  {
    name: 'a NUL byte in the history question filter',
    method: 'get',
    path: `${ENTITY}/history?questionId=%00`,
    message: /query field 'questionId' contains the control character/,
  },
  ...['/scores', '/report', '/report/trends'].flatMap(endpoint =>
    FILTERS.map(
      (filter): Case => ({
        name: `a NUL byte in the ${filter} filter of ${endpoint}`,
        method: 'get',
        path: `/api/readiness${endpoint}?${filter}=%00`,
        message: new RegExp(
          `query field '${filter}(\\[0\\])?' contains the control character U\\+0000`,
        ),
      }),
    ),
  ),
  {
    name: 'a NUL byte in an entity ref filter of /scores',
    method: 'get',
    path: '/api/readiness/scores?entityRef=component%3Adefault%2Fa%00',
    message: /query field 'entityRef(\[0\])?' contains the control character/,
  },
  {
    name: 'a NUL byte in the cursor of /scores',
    method: 'get',
    path: '/api/readiness/scores?cursor=%00',
    message: /query field 'cursor' contains the control character/,
  },
  {
    name: 'an unknown field of /scores',
    method: 'get',
    path: '/api/readiness/scores?fields=level&fields=secret',
    message: /fields\/1 must be equal to one of the allowed values/,
  },
  {
    name: 'an unknown field of POST /scores/query',
    method: 'post',
    path: '/api/readiness/scores/query',
    body: { fields: ['password'] },
    message: /fields\/0 must be equal to one of the allowed values/,
  },
  {
    name: 'a garbage cursor',
    method: 'get',
    path: '/api/readiness/scores?cursor=garbage',
    message: /cursor 'garbage' is not one this API returned/,
  },
  {
    name: 'a NUL byte in the entityRefs of POST /scores/query',
    method: 'post',
    path: '/api/readiness/scores/query',
    body: { entityRefs: [`component:default/a${NUL}`] },
    message: /body field 'entityRefs\[0\]' contains the control character/,
  },
  {
    name: 'a NUL byte in an owner filter of POST /scores/query',
    method: 'post',
    path: '/api/readiness/scores/query',
    body: { owners: [NUL] },
    message: /body field 'owners\[0\]' contains the control character/,
  },
  {
    name: 'a garbage cursor in POST /scores/query',
    method: 'post',
    path: '/api/readiness/scores/query',
    body: { cursor: 'eyJub3QiOiJhIGN1cnNvciJ9' },
    message: /is not one this API returned/,
  },
];

describe.each(databases.eachSupportedId())(
  'bad input is a 400 and changes nothing (%s)',
  databaseId => {
    let backend: ReadinessTestBackend;
    const ALICE = asUser('user:default/alice');

    const dump = () => dumpAnswerTables(backend.knex);

    beforeAll(async () => {
      backend = await startReadinessBackend({
        databases,
        databaseId,
        entities: [
          testEntity('Component', 'payments', { type: 'service' }),
          testEntity('Group', 'team-a', { type: 'team', children: [] }),
        ],
        config: { permissions: { serviceWriters: ['plugin:importer'] } },
      });
      const seeded = await request(backend.server)
        .put(ANSWER)
        .set('Authorization', ALICE)
        .send(answer({ expectedVersion: 0, note: 'CI runs on every push' }));
      if (seeded.status !== 200) {
        throw new Error(`Seeding failed: ${seeded.status}`);
      }
    });

    it.each(cases.map(c => [c.name, c] as const))('%s', async (_, c) => {
      const before = await dump();
      let req = request(backend.server)[c.method](c.path);
      req = req.set(
        'Authorization',
        c.asServiceWriter ? asService('plugin:importer') : ALICE,
      );
      const res = c.body ? await req.send(c.body) : await req;
      expect({ status: res.status, message: res.body?.error?.message }).toEqual(
        { status: 400, message: expect.stringMatching(c.message) },
      );
      expect(await dump()).toEqual(before);
    });

    it.each([
      '/api/readiness/report?owner=group:default/team-a',
      '/api/readiness/scores?owner=group:default/team-a&system=system:default/shop',
      '/api/readiness/scores?entityRef=component:default/payments',
      '/api/readiness/campaigns/some-campaign?owner=group:default/team-a',
    ])(
      'takes entity refs in a query without percent-encoding: %s',
      async path => {
        const res = await request(backend.server)
          .get(path)
          .set('Authorization', ALICE);
        // The campaign does not exist; what matters is that the ref was read, not refused.
        expect(res.status).toBe(path.includes('some-campaign') ? 404 : 200);
      },
    );

    it('stores links as checked: trimmed', async () => {
      const res = await request(backend.server)
        .put(ANSWER)
        .set('Authorization', ALICE)
        .send(answer({ links: ['  https://ci.example.com/payments  '] }));
      expect(res.status).toBe(200);
      expect(res.body.answers[0].links).toEqual([
        'https://ci.example.com/payments',
      ]);
    });

    it('keeps line breaks and tabs in notes', async () => {
      const res = await request(backend.server)
        .put(ANSWER)
        .set('Authorization', ALICE)
        .send(answer({ expectedVersion: 2, note: 'line one\n\tline two' }));
      expect(res.status).toBe(200);
      expect(res.body.answers[0].note).toBe('line one\n\tline two');
    });
  },
);
