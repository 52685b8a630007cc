/*
 * How fast the Readiness tab opens: in-app navigation from an entity's Overview to the
 * Readiness tab, until the score summary and the first question are on screen, on the demo's
 * largest checklist (56 questions, every one answered). Run against the production build
 * (`bash scripts/bench-tab.sh` builds it, serves it from the backend and runs this).
 *
 *   E2E_APP_URL=http://localhost:7007 yarn workspace e2e bench:tab [--runs 20] [--entity indexer]
 *
 * Not a test: it prints figures.
 */
import { Page } from 'playwright-core';
import { APP_URL, launchBrowser, signInAsGuest } from '../portal';

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

const RUNS = Number(argument('runs', '20'));
const ENTITY = argument('entity', 'indexer');

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
};

/**
 * Clicks the Readiness or the Overview tab and returns the milliseconds until that tab is on
 * screen, polled every animation frame (so the figure includes rendering up to the frame that
 * shows it). The Readiness tab is on screen when its score summary and first question are.
 */
function clickTabUntilShown(page: Page, tab: 'readiness' | 'overview') {
  return page.evaluate(
    tabName =>
      new Promise<number>((resolve, reject) => {
        const visible = (selector: string) =>
          (document.querySelector(selector)?.getBoundingClientRect().height ??
            0) > 0;
        const question = '[role="group"][aria-label^="Answer to:"]';
        const shown = () =>
          tabName === 'readiness'
            ? visible('[data-testid="readiness-counts"]') &&
              visible('[data-testid="score-gauge"]') &&
              visible(question)
            : !document.querySelector(question);
        const target = [...document.querySelectorAll('[role="tab"]')].find(
          element => element.textContent?.trim().toLowerCase() === tabName,
        ) as HTMLElement | undefined;
        if (!target) {
          reject(new Error(`no ${tabName} tab`));
          return;
        }
        const started = performance.now();
        target.click();
        const poll = () => {
          if (shown()) {
            resolve(performance.now() - started);
          } else if (performance.now() - started > 30_000) {
            reject(new Error(`${tabName}: not shown after 30 s`));
          } else {
            requestAnimationFrame(poll);
          }
        };
        requestAnimationFrame(poll);
      }),
    tab,
  );
}

async function main() {
  const browser = await launchBrowser();
  try {
    const page = await signInAsGuest(browser);
    await page.goto(`${APP_URL}/catalog/default/component/${ENTITY}`);
    await page.getByRole('tab', { name: 'Readiness' }).waitFor();
    const questions = async () =>
      page.locator('[role="group"][aria-label^="Answer to:"]').count();

    const first = await clickTabUntilShown(page, 'readiness');
    const shown = await questions();
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await clickTabUntilShown(page, 'overview');
      await page.waitForTimeout(300);
      times.push(await clickTabUntilShown(page, 'readiness'));
    }
    const round = (ms: number) => Math.round(ms);
    console.log(
      `Readiness tab of ${ENTITY} (${shown} questions) at ${APP_URL}, ${RUNS} opens after the first`,
    );
    console.table({
      'first open (code and data loaded)': { ms: round(first) },
      p50: { ms: round(percentile(times, 50)) },
      p95: { ms: round(percentile(times, 95)) },
      fastest: { ms: round(Math.min(...times)) },
      slowest: { ms: round(Math.max(...times)) },
    });
  } finally {
    await browser.close();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
