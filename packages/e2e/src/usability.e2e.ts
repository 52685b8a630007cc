import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Browser, Page } from 'playwright-core';
import { readinessAxeFindings } from './axe';
import { APP_URL, launchBrowser, screenshot, signInAsGuest } from './portal';

// service-template-lib belongs to Platform, the guest's team; query-suggest to Search & Discovery.
const OWN_TAB = '/catalog/default/component/service-template-lib/readiness';
const OTHER_TAB = '/catalog/default/component/query-suggest/readiness';
// checkout-api's sample answers reach Gold.
const GOLD = 'checkout-api';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function expectNoSeriousViolations(
  page: Page,
  surface: string,
  options: { wholePage?: boolean } = {},
) {
  const findings = await readinessAxeFindings(page, options);
  assert.deepEqual(findings, [], `${surface}: ${JSON.stringify(findings)}`);
}

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test('axe-core finds no serious or critical violation on the tab, card, catalog filter and review page', async () => {
  const page = await signInAsGuest(browser);

  await page.goto(`${APP_URL}${OWN_TAB}`);
  await page.getByRole('button', { name: 'Next open question' }).waitFor();
  await expectNoSeriousViolations(page, 'tab', { wholePage: true });
  // With the note form open as well.
  await page
    .getByRole('button', { name: /^Add note or evidence for/ })
    .first()
    .click();
  await page.getByLabel('Evidence links (one per line)').first().waitFor();
  await expectNoSeriousViolations(page, 'tab with the form open');

  await page.goto(`${APP_URL}/catalog/default/component/${GOLD}`);
  await page.getByRole('list', { name: 'Top gaps' }).waitFor();
  await expectNoSeriousViolations(page, 'card');

  await page.goto(`${APP_URL}/catalog`);
  await page.getByRole('checkbox', { name: 'Gold' }).waitFor();
  await expectNoSeriousViolations(page, 'catalog filter');
  // The demo's whole catalog page too, with its table's headers not draggable.
  await expectNoSeriousViolations(page, 'catalog page', { wholePage: true });

  await page.goto(`${APP_URL}/readiness`);
  await page.getByRole('group', { name: 'Coverage' }).waitFor();
  await page.locator('tbody tr').first().waitFor();
  await expectNoSeriousViolations(page, 'review page', { wholePage: true });
  await page
    .getByRole('button', { name: /^Show the \d+ entities of Platform$/ })
    .click();
  await page.getByRole('dialog').locator('tbody tr').first().waitFor();
  await expectNoSeriousViolations(page, 'review drill-down');

  // The check itself can fail: a low-contrast line put into a surface is reported.
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.evaluate(() => {
    const line = document.createElement('p');
    line.textContent = 'Barely readable';
    line.style.cssText = 'color:#bbbbbb;background:#ffffff';
    document.querySelector('[data-readiness-surface]')!.appendChild(line);
  });
  const planted = await readinessAxeFindings(page);
  assert.ok(
    planted.some(f => f.rule === 'color-contrast'),
    JSON.stringify(planted),
  );
  await page.context().close();
});

test('people, teams and levels read as names, not refs or ids', async () => {
  const page = await signInAsGuest(browser);

  await page.goto(`${APP_URL}${OTHER_TAB}`);
  const notice = page.getByText(
    /You can read this checklist but not change it/,
  );
  await notice.getByRole('link', { name: 'Search & Discovery' }).waitFor();
  assert.doesNotMatch((await notice.textContent()) ?? '', /group:default/);
  // Sample answers were written by the sample-data plugin, which is named in words.
  await page.goto(`${APP_URL}/catalog/default/component/search-api/readiness`);
  await page
    .getByText(/answered by the readiness sample data plugin/)
    .first()
    .waitFor({ state: 'attached' });
  assert.equal(await page.getByText(/service:plugin/).count(), 0);

  await page.goto(`${APP_URL}/readiness`);
  const legend = page.locator(
    '[aria-label^="Average score over time"] .recharts-legend-wrapper',
  );
  await legend.getByText('Search & Discovery').waitFor();
  assert.doesNotMatch((await legend.textContent()) ?? '', /search-discovery/);
  await page
    .getByRole('button', {
      name: /^Show the \d+ entities of Search & Discovery$/,
    })
    .click();
  const dialog = page.getByRole('dialog', {
    name: 'Owner: Search & Discovery',
  });
  await dialog.locator('tbody tr').first().waitFor();
  const dialogText = (await dialog.textContent()) ?? '';
  assert.doesNotMatch(dialogText, /component:default|\bnone\b|\bbronze\b/);
  await page.context().close();
});

test('each level has one colour on the catalog, tab, card and review chart', async () => {
  const page = await signInAsGuest(browser);
  const background = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate(e => getComputedStyle(e).backgroundColor);

  await page.goto(`${APP_URL}/catalog`);
  await page.locator('[data-level="gold"]').first().waitFor();
  const catalogGold = await background('[data-level="gold"]');
  const catalogSilver = await background('[data-level="silver"]');
  const catalogBronze = await background('[data-level="bronze"]');
  assert.equal(new Set([catalogGold, catalogSilver, catalogBronze]).size, 3);
  await screenshot(page, 'catalog-level-colours');

  await page.goto(`${APP_URL}/catalog/default/component/${GOLD}/readiness`);
  await page.locator('[data-level="gold"]').first().waitFor();
  assert.equal(await background('[data-level="gold"]'), catalogGold);

  await page.goto(`${APP_URL}/catalog/default/component/${GOLD}`);
  await page.getByRole('list', { name: 'Top gaps' }).waitFor();
  assert.equal(await background('[data-level="gold"]'), catalogGold);

  // The distribution bars: no level, bronze, silver, gold.
  await page.goto(`${APP_URL}/readiness`);
  const bars = page.locator(
    '[aria-label^="Level distribution"] .recharts-bar-rectangle path',
  );
  await bars.first().waitFor();
  const fills = await bars.evaluateAll(paths =>
    paths.map(p => p.getAttribute('fill') ?? ''),
  );
  assert.deepEqual(fills.slice(1).map(rgb), [
    catalogBronze,
    catalogSilver,
    catalogGold,
  ]);
  await page.context().close();
});

test('a keyboard user reaches the next open question, answers it, and keeps focus', async () => {
  const page = await signInAsGuest(browser);
  await page.goto(`${APP_URL}${OWN_TAB}`);
  const next = page.getByRole('button', { name: 'Next open question' });
  await next.waitFor();

  // From the top of the page, Tab until the jump button has focus.
  await page.locator('body').focus();
  let tabs = 0;
  while (
    tabs < 40 &&
    !(await next.evaluate(e => e === document.activeElement))
  ) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  assert.ok(tabs < 40, 'the jump button is reachable by Tab');
  await page.keyboard.press('Enter');
  const focused = page.locator('[data-question-id]:has(:focus)');
  await focused.waitFor();
  const row = page.locator(
    `[data-question-id="${await focused.getAttribute('data-question-id')}"]`,
  );
  assert.equal(await row.getAttribute('data-open'), 'true');
  console.log(
    `Tabs to the jump button: ${tabs}, then Enter lands on an open question`,
  );

  // Tab to an answer it does not have yet and press it.
  let choice = '';
  for (const label of ['Yes', 'Partial', 'No']) {
    const button = row.getByRole('button', { name: label, exact: true });
    if ((await button.getAttribute('aria-pressed')) === 'false') {
      choice = label;
      break;
    }
  }
  const partial = row.getByRole('button', { name: choice, exact: true });
  for (
    let i = 0;
    i < 8 && !(await partial.evaluate(e => e === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await partial.evaluate(e => e === document.activeElement), true);
  const outline = await partial.evaluate(e => getComputedStyle(e).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Space');
  await page.waitForFunction(
    el => el?.getAttribute('aria-pressed') === 'true',
    await partial.elementHandle(),
  );
  // The save has gone through (the answer caption shows it) and focus stayed on the button.
  await row.getByText(new RegExp(`^${choice} · answered by Guest`)).waitFor();
  assert.equal(await partial.evaluate(e => e === document.activeElement), true);
  await screenshot(page, 'readiness-tab-keyboard');
  await page.context().close();
});

test('the tab and the review page fit a 390 px phone screen', async () => {
  const page = await signInAsGuest(browser);
  await page.setViewportSize({ width: 390, height: 844 });
  const pageWidth = () =>
    page.evaluate(() => document.documentElement.scrollWidth);

  await page.goto(`${APP_URL}${OWN_TAB}`);
  await page.getByRole('button', { name: 'Next open question' }).waitFor();
  assert.ok((await pageWidth()) <= 390, `tab is ${await pageWidth()} px wide`);
  await screenshot(page, 'phone-readiness-tab');

  await page.goto(`${APP_URL}/readiness`);
  await page.getByRole('group', { name: 'Coverage' }).waitFor();
  const heatmap = page.getByRole('table', {
    name: 'Average section score by owner',
  });
  await heatmap.waitFor();
  assert.ok(
    (await pageWidth()) <= 390,
    `review is ${await pageWidth()} px wide`,
  );
  // Group names stay on one line in the heat map (it scrolls sideways in its card).
  const rowHeader = heatmap.locator('th', { hasText: 'All selected' });
  const { height } = (await rowHeader.boundingBox())!;
  assert.ok(height < 48, `heat map row is ${height} px high`);
  // Every level keeps its label under the level chart, "No level" included.
  const levelChart = page.getByRole('img', { name: /^Level distribution/ });
  assert.equal(
    await levelChart.locator('text', { hasText: 'No level' }).count(),
    1,
  );
  await screenshot(page, 'phone-review-page');
  await heatmap.scrollIntoViewIfNeeded();
  await screenshot(page, 'phone-review-heatmap');

  // The campaigns page: "New campaign" fits its button (on its own line below the text).
  await page.goto(`${APP_URL}/readiness/campaigns`);
  const create = page.getByRole('button', { name: 'New campaign' });
  await create.waitFor();
  const fits = await create.evaluate(
    e =>
      e.scrollWidth <= e.clientWidth && e.getBoundingClientRect().right <= 390,
  );
  assert.ok(fits, 'the New campaign button overflows at 390 px');
  assert.ok(
    (await pageWidth()) <= 390,
    `campaigns is ${await pageWidth()} px wide`,
  );
  await screenshot(page, 'phone-campaigns');
  await page.context().close();
});

test('the demo shows every answer state: stale, N/A with a reason, automatic confirmed and overridden', async () => {
  const page = await signInAsGuest(browser);
  // feature-flags (Platform, Silver) has sample answers of every kind.
  await page.goto(
    `${APP_URL}/catalog/default/component/feature-flags/readiness`,
  );
  await page.getByRole('button', { name: 'Next open question' }).waitFor();
  const count = (locator: ReturnType<Page['getByText']>) => locator.count();
  assert.ok((await count(page.getByText('Needs review', { exact: true }))) > 0);
  assert.ok(
    (await page.getByRole('button', { name: /^Still true/ }).count()) > 0,
  );
  assert.ok((await count(page.getByText(/^Why N\/A: .{10,}/))) > 0);
  assert.ok((await count(page.getByText(/· confirmed by /))) > 0);
  assert.ok(
    (await count(page.getByText(/^Overrides the automatic answer/))) > 0,
  );
  await page
    .getByText('Needs review', { exact: true })
    .first()
    .scrollIntoViewIfNeeded();
  await screenshot(page, 'readiness-tab-states');
  await page.context().close();
});

test('a kind without a checklist has no Readiness tab, and its address says why', async () => {
  const page = await signInAsGuest(browser);
  await page.goto(`${APP_URL}/catalog/default/api/checkout-api`);
  await page.getByRole('tab', { name: 'Definition' }).waitFor();
  assert.equal(
    await page.getByRole('tab', { name: 'Readiness' }).isVisible(),
    false,
  );
  await page.goto(`${APP_URL}/catalog/default/api/checkout-api/readiness`);
  await page
    .getByText('No readiness checklist applies to this entity')
    .waitFor();
  assert.match(
    (await page.getByText(/applies to entities of kind 'API'/).textContent()) ??
      '',
    /kind 'API'/,
  );
  await page.context().close();
});
