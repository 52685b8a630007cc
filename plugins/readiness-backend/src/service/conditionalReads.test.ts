import { parseEntityRef } from '@backstage/catalog-model';
import request from 'supertest';
import { bothDatabases } from '../__testUtils__/bothDatabases';
import {
  asService,
  asUser,
  startReadinessBackend,
  testEntity,
} from './__testUtils__/startReadinessBackend';
import { clientOf } from './__testUtils__/clientOf';
import { countingPermissions } from './__testUtils__/countingPermissions';
import { readinessFromReference } from '@readiness/plugin-readiness-common';

jest.setTimeout(60_000);

const databases = bothDatabases();
const PAYMENTS = '/api/readiness/entities/component/default/payments';
const ALICE = asUser('user:default/alice');

/**
 * Conditional reads of one entity: the response's ETag is its version for the caller, and an
 * unchanged version gets 304 with no body; any change to what the response is built from, or
 * to the caller's access, is a new version.
 */
describe.each(databases.eachSupportedId())(
  'conditional entity reads (%s)',
  databaseId => {
    const start = () =>
      startReadinessBackend({
        databases,
        databaseId,
        entities: [testEntity('Component', 'payments', { type: 'service' })],
        config: { permissions: { serviceWriters: ['plugin:importer'] } },
      });

    it('answers 304 without a body while nothing changed, and 200 with a new ETag after a write', async () => {
      const { server } = await start();
      const get = (ifNoneMatch?: string) => {
        const req = request(server).get(PAYMENTS).set('Authorization', ALICE);
        return ifNoneMatch ? req.set('If-None-Match', ifNoneMatch) : req;
      };

      const first = await get();
      expect(first.status).toBe(200);
      const etag = first.headers.etag;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control']).toBe('private, no-cache');
      expect((await get()).headers.etag).toBe(etag);

      const unchanged = await get(etag);
      expect(unchanged.status).toBe(304);
      expect(unchanged.text ?? '').toBe('');
      expect(unchanged.headers.etag).toBe(etag);
      // A list of versions, and a weak form of the same, also match; another version does not.
      expect((await get(`"other", W/${etag}`)).status).toBe(304);
      expect((await get('"other"')).status).toBe(200);

      const written = await request(server)
        .put(`${PAYMENTS}/answers/software-quality.ci`)
        .set('Authorization', ALICE)
        .send({
          checklistId: first.body.checklist.id,
          status: 'yes',
          expectedVersion: 0,
        });
      expect(written.status).toBe(200);
      const changed = await get(etag);
      expect(changed.status).toBe(200);
      expect(changed.headers.etag).not.toBe(etag);
      expect(
        changed.body.answers.map((a: { questionId: string }) => a.questionId),
      ).toContain('software-quality.ci');
    });

    it("gives a caller with other rights another version: a copy never crosses callers' access", async () => {
      const { server } = await start();
      const asUserRes = await request(server)
        .get(PAYMENTS)
        .set('Authorization', ALICE);
      const asOtherService = await request(server)
        .get(PAYMENTS)
        .set('Authorization', asService('plugin:reporter'))
        .set('If-None-Match', asUserRes.headers.etag);
      expect(asOtherService.status).toBe(200);
      expect(asOtherService.body.access).not.toEqual(asUserRes.body.access);
      expect(asOtherService.headers.etag).not.toBe(asUserRes.headers.etag);
    });

    it('is authorised as a full read: an unknown entity is 404 whatever the If-None-Match', async () => {
      const { server } = await start();
      const res = await request(server)
        .get('/api/readiness/entities/component/default/nowhere')
        .set('Authorization', ALICE)
        .set('If-None-Match', '*');
      expect(res.status).toBe(404);
    });

    it('the client sends its version back, reuses its copy on 304, and fetches the checklist once per version', async () => {
      const { server } = await start();
      const calls: string[] = [];
      const client = clientOf(server, ALICE, ({ method, url }, response) => {
        calls.push(
          `${method} ${url.pathname.replace(
            '/api/readiness',
            '',
          )}${url.search.replace(/version=[^&]+/, 'version=…')} ${
            response.status
          }`,
        );
      });
      const ref = 'component:default/payments';
      const first = await client.getEntityReadiness(ref);
      // What the client assembles is what the server would have copied.
      const copied = await request(server)
        .get(PAYMENTS)
        .set('Authorization', ALICE);
      expect(first).toEqual(copied.body);
      const again = await client.getEntityReadiness(ref);
      expect(again).toBe(first);
      await client.writeAnswers(ref, first.checklist!.id, [
        {
          questionId: 'software-quality.ci',
          status: 'yes',
          expectedVersion: 0,
        },
      ]);
      const after = await client.getEntityReadiness(ref);
      expect(after.answers.map(a => a.questionId)).toContain(
        'software-quality.ci',
      );
      expect(after.checklist).toEqual(first.checklist);
      const entity = '/entities/component/default/payments';
      expect(calls).toEqual([
        `GET ${entity}?checklist=reference 200`,
        `GET /checklists/${first.checklist!.id}?version=… 200`,
        `GET ${entity}?checklist=reference 304`,
        `POST ${entity}/answers 200`,
        `GET ${entity}?checklist=reference 200`,
      ]);
    });

    it('by reference, the entity names its checklist and sends answers compact; the full form rebuilds from them', async () => {
      const { server, knex } = await start();
      const get = (query = '') =>
        request(server).get(`${PAYMENTS}${query}`).set('Authorization', ALICE);
      const checklistId = (await get()).body.checklist.id;
      // People's answers with a note and a link; one of them past its review interval.
      for (const questionId of [
        'software-quality.ci',
        'software-quality.backend-tests',
      ]) {
        const written = await request(server)
          .put(`${PAYMENTS}/answers/${questionId}`)
          .set('Authorization', ALICE)
          .send({
            checklistId,
            status: 'partial',
            note: 'Covered in part.',
            links: ['https://example.com/ci'],
            expectedVersion: 0,
          });
        expect(written.status).toBe(200);
      }
      await knex('readiness_answers')
        .where({ question_id: 'software-quality.backend-tests' })
        .update({ reviewed_at: '2020-01-01T00:00:00.000Z' });
      const full = await get();
      const byReference = await get('?checklist=reference');
      expect(byReference.status).toBe(200);
      expect(byReference.body).not.toHaveProperty('checklist');
      const { checklist } = full.body;
      expect(byReference.body.checklistRef).toEqual({
        id: checklist.id,
        version: expect.any(String),
        ...(byReference.body.checklistRef.questionIds
          ? { questionIds: full.body.checklistRef.questionIds }
          : {}),
      });
      // No answer repeats the entity; a person's answer keeps what only it says.
      const ci = byReference.body.answers.find(
        (a: { questionId: string }) => a.questionId === 'software-quality.ci',
      );
      expect(ci).toEqual({
        questionId: 'software-quality.ci',
        status: 'partial',
        note: 'Covered in part.',
        links: ['https://example.com/ci'],
        version: 1,
        answeredAt: expect.any(String),
      });
      // Alice gave both answers: she is named once.
      expect(byReference.body.answeredBy).toBe('user:default/alice');
      expect(
        byReference.body.answers.find(
          (a: { questionId: string }) =>
            a.questionId === 'software-quality.backend-tests',
        ),
      ).toEqual(
        expect.objectContaining({
          stale: true,
          reviewedAt: '2020-01-01T00:00:00.000Z',
        }),
      );
      const whole = await request(server)
        .get(
          `/api/readiness/checklists/${checklist.id}?version=${byReference.body.checklistRef.version}`,
        )
        .set('Authorization', ALICE);
      expect(readinessFromReference(byReference.body, whole.body)).toEqual(
        full.body,
      );
      // Two forms, two versions: a copy held for one never answers the other.
      expect(byReference.headers.etag).not.toBe(full.headers.etag);
      const crossed = await get('?checklist=reference').set(
        'If-None-Match',
        full.headers.etag,
      );
      expect(crossed.status).toBe(200);
      // A smaller body: the checklist's text is most of a full response.
      expect(byReference.text.length).toBeLessThan(full.text.length / 2);
    });

    it('with access=omit, leaves the access out and asks no permission for it, still authorised by the catalog', async () => {
      const asked: string[] = [];
      const { server } = await startReadinessBackend({
        databases,
        databaseId,
        entities: [testEntity('Component', 'payments', { type: 'service' })],
        hiddenFrom: { 'user:default/mallory': ['component:default/payments'] },
        extraFeatures: [countingPermissions(asked)],
      });
      const get = (auth: string, query: string, ifNoneMatch?: string) => {
        const req = request(server)
          .get(`${PAYMENTS}${query}`)
          .set('Authorization', auth);
        return ifNoneMatch ? req.set('If-None-Match', ifNoneMatch) : req;
      };
      const withAccess = await get(ALICE, '?checklist=reference');
      expect(withAccess.body.access).toEqual(
        expect.objectContaining({ canEdit: true }),
      );
      expect(asked).toEqual([
        'readiness.answer.update',
        'readiness.exemption.approve',
      ]);
      asked.length = 0;
      const omit = '?checklist=reference&access=omit';
      const without = await get(ALICE, omit);
      expect(without.status).toBe(200);
      expect(without.body).not.toHaveProperty('access');
      const { access: _access, ...rest } = withAccess.body;
      expect(without.body).toEqual(rest);
      expect(asked).toEqual([]);
      // Its own version, the same for every caller, since no access is in it.
      expect(without.headers.etag).not.toBe(withAccess.headers.etag);
      expect((await get(ALICE, omit, without.headers.etag)).status).toBe(304);
      const bob = await get(asUser('user:default/bob'), omit);
      expect(bob.headers.etag).toBe(without.headers.etag);
      // A caller the catalog hides the entity from gets 404 as on any read.
      const hidden = await get(
        asUser('user:default/mallory'),
        omit,
        without.headers.etag,
      );
      expect(hidden.status).toBe(404);
      expect(asked).toEqual([]);
      const full = await get(ALICE, '?access=omit');
      expect(full.status).toBe(400);
      expect(full.body.error.message).toBe(
        'access=omit needs checklist=reference: the full form always carries the access',
      );
    });

    it("the client asks for access on a page's first read and reuses it after", async () => {
      const { server } = await start();
      const paths: string[] = [];
      const client = clientOf(server, ALICE, ({ url }, response) => {
        if (url.pathname.includes('/entities/')) {
          paths.push(`${url.search} ${response.status}`);
        }
      });
      const ref = 'component:default/payments';
      const first = await client.getEntityReadiness(ref, { reuseAccess: true });
      const reused = await client.getEntityReadiness(ref, {
        reuseAccess: true,
      });
      expect(reused).toEqual(first);
      expect(reused.access.canEdit).toBe(true);
      const again = await client.getEntityReadiness(ref, {
        reuseAccess: true,
      });
      expect(again).toEqual(first);
      expect(paths).toEqual([
        '?checklist=reference 200',
        '?checklist=reference&access=omit 200',
        '?checklist=reference&access=omit 304',
      ]);
    });

    it('shows rows read before the catalog answered only for the entity the catalog gives', async () => {
      const payments = testEntity('Component', 'payments', { type: 'service' });
      const alias = testEntity('Component', 'alias', { type: 'service' });
      let redirect = false;
      const { server } = await startReadinessBackend({
        databases,
        databaseId,
        entities: [payments, alias],
        catalogOverrides: {
          // A catalog that answers a request for one entity with another (as after a rename).
          getEntityByRef: async ref => {
            const { name } =
              typeof ref === 'string' ? parseEntityRef(ref) : ref;
            if (redirect && name === 'alias') return payments;
            return [payments, alias].find(e => e.metadata.name === name);
          },
        },
      });
      for (const [name, status] of [
        ['payments', 'yes'],
        ['alias', 'no'],
      ]) {
        const written = await request(server)
          .put(
            `/api/readiness/entities/component/default/${name}/answers/software-quality.ci`,
          )
          .set('Authorization', ALICE)
          .send({ checklistId: 'backend-project', status, expectedVersion: 0 });
        expect(written.status).toBe(200);
      }
      redirect = true;
      for (const query of ['', '?checklist=reference&access=omit']) {
        const res = await request(server)
          .get(`/api/readiness/entities/component/default/alias${query}`)
          .set('Authorization', ALICE);
        expect(res.status).toBe(200);
        expect(res.body.entityRef).toBe('component:default/payments');
        expect(
          res.body.answers.map((a: { status: string }) => a.status),
        ).toEqual(['yes']);
      }
    });

    it('serves a checklist by id: kept for good under its version, 304 while unchanged, 404 when unknown', async () => {
      const { server } = await start();
      const { checklistRef } = (
        await request(server)
          .get(`${PAYMENTS}?checklist=reference`)
          .set('Authorization', ALICE)
      ).body;
      const path = `/api/readiness/checklists/${checklistRef.id}`;
      const pinned = await request(server)
        .get(`${path}?version=${checklistRef.version}`)
        .set('Authorization', ALICE);
      expect(pinned.status).toBe(200);
      expect(pinned.body.id).toBe(checklistRef.id);
      expect(pinned.headers.etag).toBe(`"${checklistRef.version}"`);
      expect(pinned.headers['cache-control']).toBe(
        'private, max-age=31536000, immutable',
      );
      const unpinned = await request(server)
        .get(path)
        .set('Authorization', ALICE);
      expect(unpinned.headers['cache-control']).toBe('private, no-cache');
      const revalidated = await request(server)
        .get(path)
        .set('Authorization', ALICE)
        .set('If-None-Match', pinned.headers.etag);
      expect(revalidated.status).toBe(304);
      const unknown = await request(server)
        .get('/api/readiness/checklists/nowhere')
        .set('Authorization', ALICE);
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toBe("No checklist 'nowhere'");
      const anonymous = await request(server).get(path);
      expect(anonymous.status).toBe(401);
    });

    it('refuses an unknown form with a 400 that says what is wrong', async () => {
      const { server } = await start();
      const res = await request(server)
        .get(`${PAYMENTS}?checklist=abridged`)
        .set('Authorization', ALICE);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/checklist/);
    });
  },
);
