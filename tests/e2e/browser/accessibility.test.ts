import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  newSession,
  openAllTables,
  signIn,
  waitForData,
} from '../../support/browser';
import { GraphQLClient } from '../../support/graphql-client';

const TODAY = '2026-11-23';

// Every view, signed out and signed in as the role that uses it most.
const VIEWS: Array<{ name: string; path: string | ((ids: Ids) => string); user: string }> = [
  { name: 'Regio-overzicht', path: '/', user: 'beleid.maastricht@demo.example' },
  { name: 'Gemeenten', path: '/gemeenten', user: 'beleid.maastricht@demo.example' },
  { name: 'Gemeente Maastricht', path: '/gemeenten/GM0935', user: 'beleid.maastricht@demo.example' },
  { name: 'Aanbieders', path: '/aanbieders', user: 'beleid.maastricht@demo.example' },
  {
    name: 'Aanbieder Mergelland',
    path: (ids) => `/aanbieders/${ids.mergelland}`,
    user: 'bestuur.mergelland@demo.example',
  },
  { name: 'Kerngroep', path: '/kerngroep', user: 'kerngroep@demo.example' },
  {
    name: 'Kerngroep met een geopende actie',
    path: (ids) => `/kerngroep?actie=${ids.action}`,
    user: 'kerngroep@demo.example',
  },
  { name: 'Regio-overzicht (kerngroep)', path: '/', user: 'kerngroep@demo.example' },
  { name: 'Cliëntenraad', path: '/clientenraad', user: 'raad.mergelland@demo.example' },
  { name: 'Cliëntenraad (bestuurder)', path: '/clientenraad', user: 'bestuur.mergelland@demo.example' },
  {
    name: 'Aanbieder Mergelland (beleid)',
    path: (ids) => `/aanbieders/${ids.mergelland}`,
    user: 'beleid.maastricht@demo.example',
  },
  { name: 'Wmcz', path: '/wmcz', user: 'raad.mergelland@demo.example' },
  { name: 'Wmcz (beheerder)', path: '/wmcz', user: 'beheer@demo.example' },
  { name: 'Inloggen', path: '/inloggen', user: 'beheer@demo.example' },
];

interface Ids {
  mergelland: string;
  /** A late action with dependencies and milestones, so the detail panel shows everything. */
  action: string;
}

describe('accessibility of every view (axe-core, WCAG 2.1 AA)', () => {
  let t: TestApp;
  let browser: Browser;
  let ids: Ids;
  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ env: { TODAY } }), launchBrowser()]);
    const { providers } = await new GraphQLClient(t.url).ok(
      `{ providers(take: 200, filter: { search: "Mergelland" }) { items { id name } } }`,
    );
    const core = new GraphQLClient(t.url);
    await core.signIn('kerngroep@demo.example');
    const { lateActions } = await core.ok(`{ lateActions(take: 50) { items { id milestones { id } } } }`);
    ids = {
      mergelland: providers.items.find((p: { name: string }) => p.name === 'Jeugdzorg Mergelland').id,
      action: (
        lateActions.items.find((a: { milestones: unknown[] }) => a.milestones.length > 0) ??
        lateActions.items[0]
      ).id,
    };
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const view of VIEWS) {
    for (const signedIn of [false, true]) {
      it(`${view.name} has no violations ${signedIn ? `signed in (${view.user})` : 'signed out'}`, async () => {
        const { context, page } = await newSession(browser, t.url);
        try {
          if (signedIn) await signIn(page, view.user);
          await page.goto(typeof view.path === 'string' ? view.path : view.path(ids));
          await waitForData(page);
          await openAllTables(page);
          const violations = await axeViolations(page);
          expect(violations, describeViolations(violations)).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }

  it('the check itself catches a violation (an unlabeled input injected into the page)', async () => {
    const { context, page } = await newSession(browser, t.url);
    try {
      await page.goto('/wmcz');
      await waitForData(page);
      await page.evaluate(() => document.querySelector('main')!.append(document.createElement('input')));
      const violations = await axeViolations(page);
      expect(violations.map((v) => v.id)).toContain('label');
    } finally {
      await context.close();
    }
  });

  it('English pages have no violations either (Aanbieders, signed out)', async () => {
    const { context, page } = await newSession(browser, t.url, { lang: 'en' });
    try {
      await page.goto('/aanbieders');
      await waitForData(page);
      await openAllTables(page);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
