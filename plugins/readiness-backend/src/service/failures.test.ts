import { bothDatabases } from '../__testUtils__/bothDatabases';
import { ResponseError } from '@backstage/errors';
import knexFactory, { Knex } from 'knex';
import net from 'net';
import request from 'supertest';
import { isDatabaseUnavailable } from './databaseErrors';
import {
  asUser,
  startReadinessBackend,
  testEntity,
} from './__testUtils__/startReadinessBackend';

jest.setTimeout(60_000);

/** Errors say what is wrong and nothing more: outages, catalog failures, unknown routes. */

const databases = bothDatabases();
const ENTITY = '/api/readiness/entities/component/default/payments';
const ALICE = asUser('user:default/alice');
const entities = [testEntity('Component', 'payments', { type: 'service' })];

/** A TCP proxy to a database server that can be cut and restored, as an outage would. */
async function startCuttableProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>(resolve => {
      server = net.createServer(client => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  await listen();
  return {
    port: () => port,
    cut: async () => {
      await new Promise(resolve => server!.close(resolve));
      sockets.forEach(s => s.destroy());
    },
    restore: listen,
  };
}

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:5432'), {
        code: 'ECONNREFUSED',
      }),
    ],
    [Object.assign(new Error('terminating connection'), { code: '57P01' })],
    [Object.assign(new Error('connection failure'), { code: '08006' })],
    [
      Object.assign(new Error('Knex: Timeout acquiring a connection.'), {
        name: 'KnexTimeoutError',
      }),
    ],
    [new Error('Connection terminated unexpectedly')],
    [Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })],
    [Object.assign(new Error('wrapped'), { cause: { code: 'ECONNRESET' } })],
  ])('recognises %s', error => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    [Object.assign(new Error('syntax error'), { code: '42601' })],
    [Object.assign(new Error('duplicate key'), { code: '23505' })],
    [new Error('Cannot read properties of undefined')],
  ])('does not mistake %s for an outage', error => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe.each(databases.eachSupportedId())('failures (%s)', databaseId => {
  it('answers unknown routes and wrong methods in the JSON error format', async () => {
    const { server } = await startReadinessBackend({
      databases,
      databaseId,
      entities,
    });
    for (const [method, path] of [
      ['get', '/api/readiness/nothing-here'],
      ['post', '/api/readiness/checklists'],
      ['patch', ENTITY],
      ['delete', '/api/readiness/scores'],
    ] as const) {
      const res = await request(server)
        [method](path)
        .set('Authorization', ALICE);
      expect({ method, path, status: res.status, type: res.type }).toEqual({
        method,
        path,
        status: expect.any(Number),
        type: 'application/json',
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body.error.message).toEqual(expect.any(String));
      expect(res.body.error.message.length).toBeGreaterThan(10);
    }
    const unknown = await request(server)
      .get('/api/readiness/nothing-here')
      .set('Authorization', ALICE);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({
      name: 'NotFoundError',
      message: expect.stringContaining('GET /nothing-here'),
    });
  });

  it('says which catalog call failed and how, when the catalog fails', async () => {
    const { server } = await startReadinessBackend({
      databases,
      databaseId,
      entities,
      catalogOverrides: {
        getEntityByRef: async () => {
          throw await ResponseError.fromResponse(
            new Response(
              JSON.stringify({
                error: { name: 'Error', message: 'boom at db-7.internal' },
              }),
              {
                status: 500,
                statusText: 'Internal Server Error',
                headers: { 'content-type': 'application/json' },
              },
            ) as any,
          );
        },
      },
    });
    const res = await request(server).get(ENTITY).set('Authorization', ALICE);
    expect(res.status).toBe(503);
    expect(res.body.error.message).toBe(
      'Could not read component:default/payments from the catalog: the catalog answered 500 Internal Server Error. Try again shortly.',
    );
  });
});

// An outage needs a server to lose: PostgreSQL (CI requires it; SQLite runs in the process).
const withPostgres = databases
  .eachSupportedId()
  .some(([id]) => id === 'POSTGRES_15');
if (withPostgres)
  describe('database outage (POSTGRES_15)', () => {
    let proxied: Knex | undefined;
    afterAll(() => proxied?.destroy());

    it('gives 503 without naming the host while the database is away, and serves again after', async () => {
      const direct = await databases.init('POSTGRES_15');
      const connection = direct.client.config
        .connection as Knex.PgConnectionConfig;
      const proxy = await startCuttableProxy({
        host: connection.host!,
        port: Number(connection.port),
      });
      proxied = knexFactory({
        client: 'pg',
        connection: { ...connection, host: '127.0.0.1', port: proxy.port() },
        pool: {
          min: 0,
          max: 5,
          acquireTimeoutMillis: 5000,
          idleTimeoutMillis: 500,
        },
      });
      const { server } = await startReadinessBackend({
        databases,
        databaseId: 'POSTGRES_15',
        knex: proxied,
        entities,
      });
      const write = (status: string, expectedVersion: number) =>
        request(server)
          .put(`${ENTITY}/answers/software-quality.ci`)
          .set('Authorization', ALICE)
          .send({ checklistId: 'backend-project', status, expectedVersion });
      expect((await write('yes', 0)).status).toBe(200);

      await proxy.cut();
      const started = Date.now();
      const during = await write('no', 1);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(during.status).toBe(503);
      expect(during.body.error.name).toBe('ServiceUnavailableError');
      expect(during.body.error.message).toBe(
        'The readiness database is unavailable; try again shortly',
      );
      expect(JSON.stringify(during.body)).not.toMatch(
        /127\.0\.0\.1|ECONNREFUSED|:\d{4,5}/,
      );
      const read = await request(server)
        .get('/api/readiness/scores')
        .set('Authorization', ALICE);
      expect(read.status).toBe(503);

      await proxy.restore();
      const after = await write('no', 1);
      expect(after.status).toBe(200);
      expect(after.body.answers[0]).toMatchObject({ status: 'no', version: 2 });
      // The write refused during the outage left nothing behind.
      const history = await direct('readiness_answer_history').orderBy('id');
      expect(history.map(h => [h.status, h.version])).toEqual([
        ['yes', 1],
        ['no', 2],
      ]);
    });
  });
