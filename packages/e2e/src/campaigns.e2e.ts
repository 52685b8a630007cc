import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Browser, Page } from 'playwright-core';
import { readinessAxeFindings } from './axe';
import { APP_URL, launchBrowser, screenshot, signInAsGuest } from './portal';

// The guest is in the Platform group, which the demo's policy lets run campaigns and decide on
// exemptions (packages/backend's ReadinessPermissionPolicy).
const BACKUPS = 'How are backups of the database handled?';
const SCANNING = 'Can you automatically check for known security issues?';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** "D of N done" of the campaign's summary bar, as numbers. */
async function progressOf(page: Page, title: string) {
  const label = await page
    .getByRole('img', { name: new RegExp(`^${title}: \\d+ of \\d+ done$`) })
    .last()
    .getAttribute('aria-label');
  const [, done, total] = /(\d+) of (\d+) done$/.exec(label ?? '')!.map(Number);
  return { done, total };
}

test('a platform team creates a campaign, sees its progress, and an answer completes it for one entity', async () => {
  const page = await signInAsGuest(browser);
  await page.setViewportSize({ width: 1440, height: 1600 });
  await page.goto(`${APP_URL}/readiness/campaigns`);
  // The campaign from app-config is listed with its progress. This file's tests run first, on a
  // dev server that may still be building the review page's code: allow for that once.
  await page
    .getByRole('button', { name: 'Bronze for every production service' })
    .waitFor({ timeout: 120_000 });
  await screenshot(page, 'campaigns-list');

  await page.getByRole('button', { name: 'New campaign' }).click();
  const dialog = page.getByRole('dialog', { name: 'New campaign' });
  const title = `Tested backups ${Date.now()}`;
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByLabel('Answer Yes to questions').check();
  await dialog
    .getByRole('textbox', { name: 'Questions' })
    .fill('backups of the database');
  await page.getByRole('option', { name: BACKUPS }).click();
  await dialog
    .getByRole('textbox', { name: 'Owners (all when empty)' })
    .click();
  await page.getByRole('option', { name: 'Platform' }).click();
  await dialog.getByLabel('Due on').fill('2030-12-31');
  await screenshot(page, 'campaign-new');
  assert.deepEqual(await readinessAxeFindings(page), [], 'the create form');
  await dialog.getByRole('button', { name: 'Create campaign' }).click();

  // The new campaign opens: Platform's services and websites are asked about backups.
  const detail = page.locator('[data-readiness-campaign]');
  await detail.getByText(title, { exact: true }).waitFor();
  const initial = await progressOf(page, title);
  assert.ok(initial.total > 0, 'the campaign concerns Platform entities');
  await page.getByLabel('State').click();
  await page.getByRole('option', { name: 'Open' }).click();
  const entities = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Entity' }) });
  const firstOpen = entities
    .locator('tbody tr')
    .first()
    .getByRole('link')
    .first();
  await firstOpen.waitFor();
  const entityName = (await firstOpen.textContent())?.trim();
  await screenshot(page, 'campaign-detail');
  // Every point of "Done over time" is a whole ring: a dashed one reads as a stray "?".
  const dots = page.locator(
    '[data-readiness-campaign] .recharts-line-dots circle',
  );
  assert.ok((await dots.count()) >= 2, 'both lines have points');
  assert.deepEqual(
    await dots.evaluateAll(circles =>
      circles
        .map(c => getComputedStyle(c).strokeDasharray)
        .filter(dash => dash !== 'none'),
    ),
    [],
  );
  // axe-core (WCAG 2.1 A and AA) on the whole campaign page, as on the other surfaces.
  assert.deepEqual(
    await readinessAxeFindings(page, { wholePage: true }),
    [],
    'the campaign page',
  );

  // The entity's tab says what the campaign still needs; a Yes completes it.
  await firstOpen.click();
  await page.getByRole('tab', { name: 'Readiness' }).click();
  const campaignLine = page.locator(
    '[data-readiness-campaigns="tab"] [data-campaign-id]',
    {
      hasText: title,
    },
  );
  await campaignLine.getByText(`Still needs Yes to: ${BACKUPS}`).waitFor();
  await page
    .getByRole('group', { name: `Answer to: ${BACKUPS}` })
    .getByRole('button', { name: 'Yes' })
    .click();
  await campaignLine.locator('[data-campaign-state="done"]').waitFor();
  await campaignLine.scrollIntoViewIfNeeded();
  await screenshot(page, 'campaign-tab-done');

  await page.goBack();
  await page.goBack();
  await page.reload();
  await detail.getByText(title, { exact: true }).waitFor();
  const afterAnswer = await progressOf(page, title);
  assert.deepEqual(
    afterAnswer,
    { done: initial.done + 1, total: initial.total },
    `answering for ${entityName} completed the campaign for it`,
  );
  await page.context().close();
});

test('an owner asks for an exemption; someone else approves one, and it counts', async () => {
  const page = await signInAsGuest(browser);
  await page.setViewportSize({ width: 1440, height: 1600 });
  // artifact-cache is a Platform service: the guest's team asks for an exemption.
  await page.goto(
    `${APP_URL}/catalog/default/component/artifact-cache/readiness`,
  );
  const scanning = page.getByRole('group', { name: `Answer to: ${SCANNING}` });
  await scanning.getByRole('button', { name: 'N/A' }).click();
  await page
    .getByRole('textbox', { name: /Why does this not apply\?/ })
    .fill(
      'Serves cached files only; the images it stores are scanned upstream.',
    );
  await page.getByRole('button', { name: 'Save answer' }).click();
  const pending = page.locator('[data-exemption-approval="pending"]');
  await pending.first().waitFor();
  // Nobody decides on their own request: the guest may approve, but not this one.
  await page
    .getByText(
      'You asked for it, so someone else with the approval permission decides.',
    )
    .waitFor();
  assert.equal(
    await page
      .getByRole('button', { name: `Approve the exemption for "${SCANNING}"` })
      .count(),
    0,
  );
  await screenshot(page, 'exemption-requested');

  // The review lists the pending exemptions; search-api's was asked for by its team.
  await page.goto(`${APP_URL}/readiness`);
  const exemptions = page.locator('[data-readiness-exemptions]');
  await exemptions.getByText(/^Waiting for approval/).waitFor();
  await exemptions.scrollIntoViewIfNeeded();
  await screenshot(page, 'review-exemptions');
  const row = exemptions.locator('tr', { hasText: 'Search Api' });
  await row.getByRole('link', { name: SCANNING }).click();

  const score = page.getByRole('img', { name: /^Readiness score/ }).first();
  await score.waitFor();
  const pendingScore = await score.getAttribute('aria-label');
  await page
    .getByRole('button', { name: `Approve the exemption for "${SCANNING}"` })
    .click();
  await page.locator('[data-exemption-approval="approved"]').first().waitFor();
  const approvedScore = await page
    .getByRole('img', { name: /^Readiness score/ })
    .first()
    .getAttribute('aria-label');
  assert.notEqual(
    approvedScore,
    pendingScore,
    'an approved exemption counts as N/A',
  );
  await screenshot(page, 'exemption-approved');
  await page.context().close();
});
