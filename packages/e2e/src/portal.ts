import { mkdirSync } from 'fs';
import { resolve } from 'path';
import { Browser, Page, chromium } from 'playwright-core';

/** Where the demo portal runs; `scripts/e2e.sh` starts it. */
export const APP_URL = process.env.E2E_APP_URL ?? 'http://localhost:3000';

/** The demo portal's backend (or the adopter app's). */
export const BACKEND_URL =
  process.env.E2E_BACKEND_URL ?? 'http://localhost:7007';

/** Screenshots land in e2e-output/ at the repository root (ignored by git); the tests run from packages/e2e. */
export const OUTPUT_DIR = resolve(
  process.env.E2E_OUTPUT_DIR ?? resolve(process.cwd(), '../../e2e-output'),
);

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts Debian's Chromium headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.E2E_CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
}

/** Opens a page in a fresh context and signs in as the guest user (a Platform team member). */
export async function signInAsGuest(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
  });
  const page = await context.newPage();
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Enter' }).click();
  // The first page a dev server is asked for may still be compiling: allow it two minutes.
  await page
    .getByRole('heading', { name: /Catalog/ })
    .first()
    .waitFor({ timeout: 120_000 });
  return page;
}

/** Saves a screenshot of the window under `e2e-output/`. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = resolve(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The signed-in guest's Backstage token, as the frontend's identity API holds it. */
export function guestToken(page: Page): Promise<string> {
  return page.evaluate(async backend => {
    const response = await fetch(`${backend}/api/auth/guest/refresh`, {
      credentials: 'include',
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    });
    return (await response.json()).backstageIdentity.token as string;
  }, BACKEND_URL);
}
