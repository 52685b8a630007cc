import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { APP_URL, launchBrowser, screenshot, signInAsGuest } from './portal';

/**
 * Links to one question (`?question=<id>`), as the card's gaps and the review's exemption list
 * give them, opened cold in a new page: the tab shows the question in view with focus on it.
 * `scripts/e2e.sh` runs this file against the dev server and again against the production build.
 */
const ENTITY_PATH = '/catalog/default/component/checkout-api/readiness';
const SWITCH = 'Show only open items';

let browser: Browser;
let context: BrowserContext;
before(async () => {
  browser = await launchBrowser();
  context = (await signInAsGuest(browser)).context();
});
after(async () => {
  // The switch is remembered for the guest; leave it off for the other tests.
  const page = await context.newPage();
  await page.goto(`${APP_URL}${ENTITY_PATH}`);
  const onlyOpen = page.getByRole('checkbox', { name: SWITCH });
  if (await onlyOpen.isChecked()) {
    await onlyOpen.click();
  }
  await browser?.close();
});

/** The question that holds the keyboard focus, and whether it is inside the window. */
async function focusedQuestion(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement;
    const row = focused?.closest('[data-question-id]');
    const box = focused?.getBoundingClientRect();
    return {
      questionId: row?.getAttribute('data-question-id') ?? null,
      inView: box
        ? box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0
        : false,
    };
  });
}

/** Opens a question link in a page of its own, as a shared link or a new tab does. */
async function openCold(questionId: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', error => errors.push(error.message));
  await page.goto(`${APP_URL}${ENTITY_PATH}?question=${questionId}`);
  return { page, errors };
}

async function expectFocusOn(page: Page, questionId: string, errors: string[]) {
  for (let i = 0; i < 50; i++) {
    const focused = await focusedQuestion(page);
    if (focused.questionId === questionId && focused.inView) {
      break;
    }
    await page.waitForTimeout(200);
  }
  assert.deepEqual(errors, []);
  assert.equal(await page.getByText(/Error in readiness|pulsate/).count(), 0);
  assert.deepEqual(await focusedQuestion(page), { questionId, inView: true });
}

/** Question ids of the tab, with whether their section starts expanded. */
async function questionsBySection(page: Page) {
  await page.getByRole('checkbox', { name: SWITCH }).waitFor();
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-question-id]')].map(row => ({
      id: row.getAttribute('data-question-id')!,
      open: row.getAttribute('data-open') === 'true',
      // A section's questions sit in `readiness-section-<id>-content`, its header is
      // `readiness-section-<id>`.
      expanded:
        document
          .getElementById(
            row.closest('[id$="-content"]')?.id.replace(/-content$/, '') ?? '',
          )
          ?.getAttribute('aria-expanded') === 'true',
    })),
  );
}

test('a question link opened cold shows the question in view with focus on it, also after a reload', async () => {
  const listing = await context.newPage();
  await listing.goto(`${APP_URL}${ENTITY_PATH}`);
  const questions = await questionsBySection(listing);
  await listing.close();
  const collapsed = questions.find(q => !q.expanded);
  assert.ok(collapsed, 'checkout-api has a section that starts collapsed');
  const expanded = questions.filter(q => q.expanded);
  const links = [
    expanded[0].id,
    expanded[Math.floor(expanded.length / 2)].id,
    expanded[expanded.length - 1].id,
    collapsed.id,
  ];

  for (const questionId of links) {
    const { page, errors } = await openCold(questionId);
    await expectFocusOn(page, questionId, errors);
    if (questionId === collapsed.id) {
      await screenshot(page, 'question-link-collapsed-section');
    }
    await page.reload();
    await expectFocusOn(page, questionId, errors);
    await page.close();
  }
});

test('a question link shows its question even while "show only open items" hides it', async () => {
  const page = await context.newPage();
  await page.goto(`${APP_URL}${ENTITY_PATH}`);
  const done = (await questionsBySection(page)).find(q => !q.open);
  assert.ok(done, 'checkout-api has a question that is done');
  await page.getByRole('checkbox', { name: SWITCH }).click();
  await page
    .locator(`[data-question-id="${done.id}"]`)
    .waitFor({ state: 'detached' });
  await page.close();

  const { page: linked, errors } = await openCold(done.id);
  await expectFocusOn(linked, done.id, errors);
  assert.equal(
    await linked.getByRole('checkbox', { name: SWITCH }).isChecked(),
    true,
  );
  await screenshot(linked, 'question-link-only-open');
  await linked.close();
});
