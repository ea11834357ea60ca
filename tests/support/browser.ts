// Drives Debian's Chromium (/usr/bin/chromium) with playwright-core: no browser download. Each launch
// gets a fresh temporary profile from Playwright, so tests never share cookies or localStorage.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts headless Chromium. Close it with `browser.close()` in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** A fresh browser session (its own cookies and storage), Dutch, 1366×768, against `baseURL`. */
export async function newSession(
  browser: Browser,
  baseURL: string,
  options: { lang?: 'nl' | 'en' } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1366, height: 768 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    reducedMotion: 'reduce',
  });
  if (options.lang === 'en') {
    await context.addInitScript(() => localStorage.setItem('pm.lang', 'en'));
  }
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the dashboard's own form (as a user would), then waits for the user box. */
export async function signIn(page: Page, email: string, password = 'demo-participatie'): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel(/E-mailadres|Email address/).fill(email);
  await page.getByLabel(/Wachtwoord|Password/).fill(password);
  await page
    .locator('form')
    .getByRole('button', { name: /^(Inloggen|Sign in)$/ })
    .click();
  await page.getByTestId('user-box').waitFor();
}

const requireFromHere = createRequire(import.meta.url);
let axeSource: string | null = null;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Runs axe-core in the page against WCAG 2.1 A and AA; returns the violations (empty is good). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(requireFromHere.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<any> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** Waits until no "loading" status is left in the page (the view has its data). */
export async function waitForData(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading, .route-loading'));
}
