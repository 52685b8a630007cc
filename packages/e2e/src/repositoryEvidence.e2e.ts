import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Browser } from 'playwright-core';
import { APP_URL, launchBrowser, screenshot, signInAsGuest } from './portal';

/**
 * Automatic answers from a service's own repository: the demo's permissions-engine points at
 * examples/repositories/python-fastapi-service, which the backend reads through a URL reader.
 */
const ENTITY_PATH = '/catalog/default/component/permissions-engine/readiness';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('the tab shows answers from the repository, each with its source and a link to the proving file', async () => {
  const page = await signInAsGuest(browser);
  await page.goto(`${APP_URL}${ENTITY_PATH}`);
  const fromRepository = page.getByText(/^Automatic: Repository/);
  await fromRepository.first().waitFor();
  assert.ok(
    (await fromRepository.count()) >= 20,
    `${await fromRepository.count()} answers from the repository`,
  );
  // The CI question's proof links to the workflow file, which opens.
  const row = page.locator('[data-question-id="software-quality.ci"]');
  await row.scrollIntoViewIfNeeded();
  await screenshot(page, 'repository-evidence');
  const link = row.getByRole('link', { name: /ci\.yml$/ });
  await link.waitFor();
  const href = await link.getAttribute('href');
  assert.match(
    href ?? '',
    /\/api\/demo-repositories\/python-fastapi-service\/\.github\/workflows\/ci\.yml$/,
  );
  const [opened] = await Promise.all([
    page.context().waitForEvent('page'),
    link.click(),
  ]);
  await opened.waitForLoadState();
  assert.match(await opened.locator('body').innerText(), /uv run pytest/);
});

test('an owner\'s "Check automatic answers now" sits after "Next open question", apart from the switch', async () => {
  // ci-runner-controller has a repository and is owned by Platform, the guest's team.
  const page = await signInAsGuest(browser);
  await page.goto(
    `${APP_URL}/catalog/default/component/ci-runner-controller/readiness`,
  );
  await page.getByRole('button', { name: 'Next open question' }).waitFor();
  const [next, check, toggle] = await Promise.all(
    [
      page.getByRole('button', { name: 'Next open question' }),
      page.getByRole('button', { name: 'Check automatic answers now' }),
      page.locator('label').filter({ hasText: 'Show only open items' }),
    ].map(async locator => (await locator.boundingBox())!),
  );
  const middle = (box: { y: number; height: number }) => box.y + box.height / 2;
  assert.ok(Math.abs(middle(next) - middle(check)) < 4, 'on one line');
  const gap = check.x - (next.x + next.width);
  assert.ok(gap >= 0 && gap < 24, `right after Next open question (${gap} px)`);
  assert.ok(
    toggle.x - (check.x + check.width) > 48,
    'well apart from the switch',
  );
  await page.context().close();
});
