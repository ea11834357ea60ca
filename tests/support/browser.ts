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
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly refuses an
  // injected <script>, and the test should not weaken the CSP it runs under.
  await page.evaluate(axeSource);
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

/**
 * Opens everything that is folded away (chart tables, edit forms, "hoe berekend" explanations), so
 * checks also cover what is only visible after a click.
 */
export async function openAllTables(page: Page): Promise<void> {
  const toggles = page.locator('main button[aria-expanded="false"]');
  for (let guard = 0; guard < 50 && (await toggles.count()) > 0; guard++) await toggles.first().click();
  await page.evaluate(() =>
    document.querySelectorAll('main details').forEach((d) => d.setAttribute('open', '')),
  );
}

/** One line per violation, for a readable assertion message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    .join('\n');
}

/** Counts GraphQL requests a page makes (the dashboard's own counter, set by lib/graphql). */
export async function graphqlRequestCount(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __pmGraphQLRequests?: number }).__pmGraphQLRequests ?? 0,
  );
}

/**
 * Presses Tab (Shift+Tab with `backwards`; keyboard only) until the focused element matches: its tag and, if given, a piece of its
 * text or accessible label. Fails after `max` presses, so an unreachable control fails the test.
 */
export async function tabTo(
  page: Page,
  target: { tag: string; text?: string | RegExp; backwards?: boolean },
  max = 80,
): Promise<void> {
  const text =
    target.text instanceof RegExp ? { source: target.text.source, flags: target.text.flags } : target.text;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(target.backwards ? 'Shift+Tab' : 'Tab');
    const found = await page.evaluate(
      ({ tag, text }) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el.tagName.toLowerCase() !== tag) return false;
        if (text === undefined) return true;
        const label = `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''} ${
          (el as HTMLInputElement).labels?.[0]?.textContent ?? ''
        }`;
        return typeof text === 'string'
          ? label.includes(text)
          : new RegExp(text.source, text.flags).test(label);
      },
      { tag: target.tag.toLowerCase(), text },
    );
    if (found) return;
  }
  throw new Error(`Tab never reached <${target.tag}> ${String(target.text ?? '')}`);
}
