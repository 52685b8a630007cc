import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Browser, Page } from 'playwright-core';
import {
  APP_URL,
  BACKEND_URL,
  guestToken,
  launchBrowser,
  screenshot,
} from './portal';

/**
 * The smoke test of `scripts/adopter-test.sh`: a fresh app from `@backstage/create-app` (new
 * frontend system) with the packed plugins installed as docs/installing.md says. Its catalog
 * holds the template's example entities; the guest user signs in and may change answers (the template's
 * allow-all permission policy).
 */
const ENTITY = 'example-website';
// No evidence provider answers this one, so a person's Yes always changes the score.
const QUESTION = 'How are backups of the database handled?';

let browser: Browser;
let page: Page;
before(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
  });
  page = await context.newPage();
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Enter' }).click();
});
after(async () => {
  await browser?.close();
});

/** The sidebar entry of the review page. */
const reviewLink = () => page.locator('a[href="/readiness"]');

const scoreLabel = () =>
  page
    .getByRole('img', { name: /^Readiness score/ })
    .first()
    .getAttribute('aria-label');

test('the catalog has the readiness filter and the sidebar the review page', async () => {
  await page.getByRole('link', { name: ENTITY }).first().waitFor();
  await page.getByRole('checkbox', { name: 'Gold' }).waitFor();
  await reviewLink().waitFor();
  await screenshot(page, 'adopter-catalog');
});

test('the overview has the card and the tab takes an answer that persists', async () => {
  await page.getByRole('link', { name: ENTITY }).first().click();
  await page.getByRole('link', { name: /Open the checklist/ }).waitFor();
  await screenshot(page, 'adopter-card');

  // The new entity page's tabs are links.
  await page
    .getByLabel('Content navigation')
    .getByRole('link', { name: 'Readiness' })
    .click();
  const group = page.getByRole('group', { name: `Answer to: ${QUESTION}` });
  await group.waitFor();
  const initial = await scoreLabel();
  await group.getByRole('button', { name: 'Yes' }).click();
  await page
    .getByRole('img', {
      name: new RegExp(`^Readiness score (?!${initial?.split(' ')[2]}$)`),
    })
    .first()
    .waitFor();
  const answered = await scoreLabel();
  assert.notEqual(answered, initial);
  await screenshot(page, 'adopter-tab');

  await page.reload();
  const yes = page
    .getByRole('group', { name: `Answer to: ${QUESTION}` })
    .getByRole('button', { name: 'Yes' });
  await yes.waitFor();
  assert.equal(await yes.getAttribute('aria-pressed'), 'true');
  // The write refreshed the entity's due automatic answers after it, in the background, so
  // the score may have gained them since; it still counts the person's answer.
  assert.notEqual(await scoreLabel(), initial);
});

test('the review page opens from the sidebar', async () => {
  await reviewLink().click();
  await page.getByRole('group', { name: 'Coverage' }).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/readiness/);
  await screenshot(page, 'adopter-review');
});

test("the app's actions service offers the readiness actions, which answer as the signed-in user", async () => {
  const token = await guestToken(page);
  const headers = {
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json',
  };
  const list = await fetch(
    `${BACKEND_URL}/api/readiness/.backstage/actions/v1/actions`,
    { headers },
  );
  assert.equal(list.status, 200);
  const { actions } = (await list.json()) as { actions: { id: string }[] };
  assert.deepEqual(actions.map(a => a.id).sort(), [
    'readiness:answer-question',
    'readiness:get-entity-readiness',
    'readiness:get-readiness-gaps',
    'readiness:list-entities-below-level',
  ]);
  const invoke = await fetch(
    `${BACKEND_URL}/api/readiness/.backstage/actions/v1/actions/readiness:get-entity-readiness/invoke`,
    {
      method: 'POST',
      headers,
      body: JSON.stringify({ entityRef: `component:default/${ENTITY}` }),
    },
  );
  assert.equal(invoke.status, 200);
  const { output } = await invoke.json();
  assert.equal(output.entityRef, `component:default/${ENTITY}`);
  assert.equal(typeof output.score, 'number');
  assert.ok(
    !output.openQuestions.some((q: { text: string }) => q.text === QUESTION),
    'the answer given on the tab is no longer open',
  );
});
