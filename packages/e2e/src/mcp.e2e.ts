import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Browser } from 'playwright-core';
import {
  BACKEND_URL,
  guestToken,
  launchBrowser,
  signInAsGuest,
} from './portal';

/**
 * An AI assistant of the demo portal: an MCP client of the MCP actions backend at
 * /api/mcp-actions/v1, signed in as the guest (a member of Platform). It speaks JSON-RPC over
 * MCP's streamable HTTP transport, as MCP clients do.
 */
let browser: Browser;
let token: string;
before(async () => {
  browser = await launchBrowser();
  const page = await signInAsGuest(browser);
  token = await guestToken(page);
  await page.context().close();
});
after(async () => {
  await browser?.close();
});

let nextId = 1;
async function mcp(method: string, params: object) {
  const response = await fetch(`${BACKEND_URL}/api/mcp-actions/v1`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      Accept: 'application/json, text/event-stream',
    },
    body: JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, params }),
  });
  assert.equal(response.status, 200, await response.clone().text());
  const body = await response.text();
  // A streamable HTTP response is either JSON or a server-sent event holding the JSON.
  const json = body.trimStart().startsWith('{')
    ? body
    : body
        .split('\n')
        .filter(line => line.startsWith('data: '))
        .map(line => line.slice('data: '.length))
        .join('');
  const message = JSON.parse(json);
  assert.equal(message.error, undefined, JSON.stringify(message.error));
  return message.result;
}

/** Calls a readiness tool; the MCP actions backend names tools `<plugin id>.<action name>`. */
const callTool = async (action: string, args: object) => {
  const result = await mcp('tools/call', {
    name: `readiness.${action}`,
    arguments: args,
  });
  return {
    isError: Boolean(result.isError),
    text: result.content[0].text as string,
    output: result.structuredContent,
  };
};

test('the portal offers the readiness actions as MCP tools', async () => {
  const { tools } = await mcp('tools/list', {});
  const names = tools.map((t: { name: string }) => t.name);
  for (const name of [
    'readiness.get-entity-readiness',
    'readiness.list-entities-below-level',
    'readiness.get-readiness-gaps',
    'readiness.answer-question',
  ]) {
    assert.ok(names.includes(name), `${name} is among ${names.join(', ')}`);
  }
  const answer = tools.find(
    (t: { name: string }) => t.name === 'readiness.answer-question',
  );
  assert.deepEqual(answer.inputSchema.required.sort(), [
    'entityRef',
    'questionId',
    'status',
  ]);
});

test('an assistant learns what blocks a service from its next level', async () => {
  // indexer's sample answers score above Bronze, but a required Bronze item is only Partial.
  const { isError, output } = await callTool('get-entity-readiness', {
    entityRef: 'component:default/indexer',
  });
  assert.equal(isError, false);
  assert.equal(output.level, null);
  assert.ok(output.score >= 40);
  assert.equal(output.nextLevel.title, 'Bronze');
  assert.ok(output.nextLevel.requiredQuestions.length >= 1);
  assert.equal(output.openQuestions[0].blocksNextLevel, true);
});

test("an assistant lists a team's services below a level and the org's weakest questions", async () => {
  const below = await callTool('list-entities-below-level', {
    owner: 'search-discovery',
    level: 'Gold',
  });
  assert.equal(below.isError, false);
  assert.ok(below.output.entities.length >= 1);
  const scores = below.output.entities.map((e: { score: number }) => e.score);
  assert.deepEqual(
    scores,
    [...scores].sort((a, b) => a - b),
  );
  assert.ok(
    below.output.entities.some(
      (e: { entityRef: string }) => e.entityRef === 'component:default/indexer',
    ),
  );

  const gaps = await callTool('get-readiness-gaps', { limit: 3 });
  assert.equal(gaps.isError, false);
  assert.equal(gaps.output.gaps.length, 3);
  const rates = gaps.output.gaps.map(
    (g: { failureRate: number }) => g.failureRate,
  );
  assert.deepEqual(
    rates,
    [...rates].sort((a, b) => b - a),
  );
});

test('an assistant answers for its user, and only where the user may', async () => {
  // log-shipper belongs to Platform, the guest's team.
  const written = await callTool('answer-question', {
    entityRef: 'component:default/log-shipper',
    questionId: 'databases.backups',
    status: 'yes',
    note: 'Restore drill done',
  });
  assert.equal(written.isError, false, written.text);
  assert.equal(written.output.status, 'yes');

  const history = await fetch(
    `${BACKEND_URL}/api/readiness/entities/component/default/log-shipper/history?questionId=databases.backups`,
    { headers: { Authorization: `Bearer ${token}` } },
  ).then(r => r.json());
  assert.equal(history.items[0].changedBy, 'user:default/guest');

  // checkout-api belongs to Payments: the demo's policy lets only owners answer.
  const refused = await callTool('answer-question', {
    entityRef: 'component:default/checkout-api',
    questionId: 'databases.backups',
    status: 'yes',
  });
  assert.equal(refused.isError, true);
  assert.match(refused.text, /^NotAllowedError: You may not change/);
});
