import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Browser, Page } from 'playwright-core';
import { APP_URL, launchBrowser, screenshot, signInAsGuest } from './portal';

// service-template-lib is owned by Platform, the guest's team, and has no sample answers: only
// automatic answers from catalog metadata, and every other change is ours.
const ENTITY_PATH = '/catalog/default/component/service-template-lib';
const QUESTION = 'Who is on the project team?';
// No evidence provider answers this one, so a person's Yes always changes the score.
const ANSWERED = 'What is your data flow?';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/**
 * How wide the gauge's number is against the room inside its ring (SVG units: the ring's
 * inner diameter is 74).
 */
async function gaugeNumberWidth(page: Page) {
  return page
    .getByTestId('score-gauge')
    .first()
    .evaluate(svg => svg.querySelector('text')!.getBBox().width);
}
const INSIDE_THE_RING = 74;

async function scoreLabel(page: Page) {
  return page
    .getByRole('img', { name: /^Readiness score/ })
    .first()
    .getAttribute('aria-label');
}

test('a service team answers a question on the Readiness tab and it persists', async () => {
  const page = await signInAsGuest(browser);
  await page.goto(`${APP_URL}${ENTITY_PATH}`);

  const card = page.getByRole('link', { name: /Open the checklist/ });
  await card.waitFor();
  await screenshot(page, 'readiness-card');

  await page.getByRole('tab', { name: 'Readiness' }).click();
  const group = page.getByRole('group', { name: `Answer to: ${ANSWERED}` });
  await group.waitFor();
  // Catalog metadata answered some questions automatically, with their source shown.
  await page.getByText('Automatic: Catalog metadata').first().waitFor();
  const initial = await scoreLabel(page);
  assert.match(initial ?? '', /^Readiness score \d+(\.\d)?%$/);
  const width = await gaugeNumberWidth(page);
  assert.ok(
    width > 20 && width < INSIDE_THE_RING,
    `number inside the ring (${width})`,
  );

  const yes = group.getByRole('button', { name: 'Yes' });
  await yes.click();
  await page
    .getByRole('img', {
      name: new RegExp(`^Readiness score (?!${initial?.split(' ')[2]}$)`),
    })
    .first()
    .waitFor();
  const afterAnswer = await scoreLabel(page);
  assert.match(afterAnswer ?? '', /^Readiness score \d+(\.\d)?%$/);
  assert.notEqual(afterAnswer, initial);
  assert.equal(await yes.getAttribute('aria-pressed'), 'true');
  await screenshot(page, 'readiness-tab-answered');

  await page.reload();
  const reloadedYes = page
    .getByRole('group', { name: `Answer to: ${ANSWERED}` })
    .getByRole('button', { name: 'Yes' });
  await reloadedYes.waitFor();
  assert.equal(await scoreLabel(page), afterAnswer);
  assert.equal(await reloadedYes.getAttribute('aria-pressed'), 'true');
  await page.context().close();
});

test('a service held back by a required item says what blocks its level', async () => {
  const page = await signInAsGuest(browser);
  // indexer's sample answers score high, but a required Bronze item is only Partial.
  await page.goto(`${APP_URL}/catalog/default/component/indexer/readiness`);
  const required = page.getByRole('list', { name: 'Required for Bronze' });
  await required.waitFor();
  assert.ok((await required.getByRole('listitem').count()) >= 1);
  assert.equal(await page.getByText('No level yet').count(), 1);
  const label = await scoreLabel(page);
  const score = Number(/(\d+(\.\d)?)%$/.exec(label ?? '')?.[1]);
  assert.ok(score >= 40, `score ${score} is above the Bronze threshold`);
  await screenshot(page, 'readiness-tab-capped');
  await page.context().close();
});

test('a signed-in non-owner sees the tab read-only, with the owners named', async () => {
  const page = await signInAsGuest(browser);
  // query-suggest belongs to Search & Discovery; the guest is in Platform.
  await page.goto(
    `${APP_URL}/catalog/default/component/query-suggest/readiness`,
  );
  const hint = page.getByText(/You can read this checklist but not change it/);
  await hint.waitFor();
  // The owners by name, linked, not as refs.
  await hint.getByRole('link', { name: 'Search & Discovery' }).waitFor();
  assert.doesNotMatch((await hint.textContent()) ?? '', /group:default/);
  const group = page.getByRole('group', { name: `Answer to: ${QUESTION}` });
  for (const label of ['Yes', 'Partial', 'No', 'N/A']) {
    assert.equal(
      await group.getByRole('button', { name: label }).isDisabled(),
      true,
    );
  }
  assert.equal(
    await page.getByRole('button', { name: /Add note or evidence/ }).count(),
    0,
  );
  await screenshot(page, 'readiness-tab-read-only');
  await page.context().close();
});
