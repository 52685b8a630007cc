import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { Browser, Page } from 'playwright-core';
import { APP_URL, launchBrowser, screenshot, signInAsGuest } from './portal';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Rows of the grouped table: name and entity count. */
async function groupRows(page: Page) {
  const table = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Average' }) });
  await table.locator('tbody tr').first().waitFor();
  return table.locator('tbody tr').evaluateAll(trs =>
    trs.map(tr => {
      const cells = tr.querySelectorAll('td');
      // Name, In scope, Assessed, Not assessed (automatic only), Not assessed (no answers), Entities, ...
      return {
        name: cells[0]?.textContent?.trim() ?? '',
        inScope: Number(cells[1]?.textContent?.trim()),
        notStarted: Number(cells[4]?.textContent?.trim()),
        entities: Number(cells[5]?.textContent?.trim()),
      };
    }),
  );
}

test('the review page answers where the gaps are, by team, and exports the view', async () => {
  const page = await signInAsGuest(browser);
  await page.setViewportSize({ width: 1440, height: 2400 });
  await page.goto(`${APP_URL}/readiness`);
  await page.getByRole('group', { name: 'Coverage' }).waitFor();

  // Coverage counts every component in scope, answered or not: "A of N in scope assessed; ...".
  const coverage = await page
    .getByRole('group', { name: 'Coverage' })
    .textContent();
  const [, assessed, inScope, automatic, notStarted] =
    /(\d+) of (\d+) in scope assessed; (\d+) not assessed \(automatic only\), (\d+) not assessed \(no answers\)/
      .exec(coverage ?? '')!
      .map(Number);
  assert.ok(assessed > 0 && inScope > assessed, coverage ?? '');
  // The sample answers cover 20 of the 27 components: the others count, as not assessed by a
  // person (automatic only once catalog metadata answered for them, not started before).
  assert.equal(
    automatic + notStarted,
    inScope - assessed,
    'never-answered components are in the coverage',
  );
  const teams = await groupRows(page);
  assert.equal(teams.length, 4, 'four owning teams');
  assert.equal(
    teams.reduce((sum, t) => sum + t.inScope, 0),
    inScope,
    'the teams add up to the total',
  );
  assert.equal(
    teams.reduce((sum, t) => sum + t.notStarted, 0),
    notStarted,
    'the not-started ones are where the teams are',
  );
  await page
    .getByRole('table', { name: 'Average section score by owner' })
    .waitFor();
  await page.getByRole('img', { name: /^Questions failing most: / }).waitFor();

  // The daily snapshot runs every minute in the demo: wait for the first one.
  for (let i = 0; i < 30; i++) {
    if (
      await page.getByRole('img', { name: /^Average score over time/ }).count()
    ) {
      break;
    }
    await page.waitForTimeout(5000);
    await page.reload();
    await page.getByRole('group', { name: 'Coverage' }).waitFor();
  }
  await page.getByRole('img', { name: /^Average score over time/ }).waitFor();
  await screenshot(page, 'readiness-review');

  // Drill down into the largest team.
  const largest = [...teams].sort((a, b) => b.entities - a.entities)[0];
  await page
    .getByRole('button', {
      name: new RegExp(`^Show the ${largest.entities} entities of `),
    })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(`${largest.inScope} entities in scope`).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Export the view.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export this view as CSV' }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\r\n');
  assert.match(
    csv[0],
    /^Owner,Name,In scope,Assessed,Not assessed \(automatic only\),Not assessed \(no answers\),Entities,Average score/,
  );
  assert.equal(csv.length, 1 + teams.length);
  // Refs stay in the CSV, with the names people read beside them.
  assert.ok(
    csv.some(row =>
      row.startsWith('group:default/search-discovery,Search & Discovery,'),
    ),
    csv.join('\n'),
  );

  // Group by system: the address changes and can be shared.
  await page.getByRole('button', { name: /Group by/ }).click();
  await page.getByRole('option', { name: 'System' }).click();
  await page.getByText('Readiness by system').waitFor();
  assert.match(page.url(), /groupBy=system/);
  const systems = await groupRows(page);
  assert.equal(
    systems.reduce((sum, t) => sum + t.inScope, 0),
    inScope,
    'the systems add up to the total too',
  );

  const shared = await page.context().newPage();
  await shared.goto(page.url());
  await shared.getByText('Readiness by system').waitFor();
  await page.context().close();
});

test('the Group page card rolls up a team, and a parent team with its sub-teams', async () => {
  const page = await signInAsGuest(browser);
  await page.setViewportSize({ width: 1440, height: 2000 });
  await page.goto(`${APP_URL}/readiness`);
  await page.getByRole('group', { name: 'Coverage' }).waitFor();
  const teams = await groupRows(page);
  const coverageOf = async () => {
    const card = page
      .getByRole('group', { name: 'Coverage' })
      .filter({ hasText: /^\d+ of \d+Assessed/ });
    await card.waitFor();
    const [, assessed, inScope] = /^(\d+) of (\d+)/
      .exec((await card.textContent()) ?? '')!
      .map(Number);
    return { assessed, inScope };
  };

  // Platform owns some components; its card counts the same entities as its review row.
  const platform = teams.find(t => /platform/i.test(t.name))!;
  await page.goto(`${APP_URL}/catalog/default/group/platform`);
  assert.equal((await coverageOf()).inScope, platform.inScope);
  await page.getByRole('list', { name: 'Lowest scores' }).waitFor();
  await screenshot(page, 'readiness-group-card');

  // Engineering owns nothing itself: its card rolls up its four sub-teams.
  await page.goto(`${APP_URL}/catalog/default/group/engineering`);
  assert.equal(
    (await coverageOf()).inScope,
    teams.reduce((sum, t) => sum + t.inScope, 0),
  );
  await page
    .getByRole('link', { name: /Open in the readiness review/ })
    .click();
  await page.waitForURL(/\/readiness\?owner=group%3Adefault%2Fengineering/);
  await page.context().close();
});
