import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import { launchBrowser, newSession, waitForData } from '../../support/browser';

const TODAY = '2026-11-23';

describe('language switch and shareable links', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ env: { TODAY } }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('opens in Dutch, switches to English in one click, remembers it after a reload and switches back', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/');
    await waitForData(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expect(page.locator('h1').innerText()).resolves.toBe('Regio-overzicht');
    expect(await page.locator('main').innerText()).toContain('595.500');

    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Regional overview');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('navigation').innerText()).toContain('Municipalities');
    expect(await page.locator('main').innerText()).toContain('595,500');

    await page.reload();
    await waitForData(page);
    await expect(page.locator('h1').innerText()).resolves.toBe('Regional overview');
    expect(await page.title()).toContain('Regional overview');

    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Regio-overzicht');
    await context.close();
  });

  it('shows no English in the Dutch interface: navigation, headings and buttons are Dutch', async () => {
    const { context, page } = await newSession(browser, t.url);
    for (const path of ['/', '/gemeenten', '/aanbieders', '/wmcz', '/kerngroep', '/clientenraad']) {
      await page.goto(path);
      await waitForData(page);
      const text = await page.locator('body').innerText();
      // The language switch is the one English word, and it is marked lang="en".
      expect(await page.getByTestId('language-switch').getAttribute('lang')).toBe('en');
      for (const word of [
        'Loading',
        'Sort',
        'Show',
        'Hide',
        'Sign in',
        'Municipalities',
        'Providers',
        'No data',
        'Filter',
      ])
        expect(text, `${path} contains "${word}"`).not.toContain(word);
    }
    await context.close();
  });

  it('restores the filters and sort from a copied link in a fresh browser session', async () => {
    const first = await newSession(browser, t.url);
    await first.page.goto('/aanbieders');
    await waitForData(first.page);
    await first.page.getByLabel('Gecontracteerd door').selectOption('GM0935');
    await first.page.getByRole('combobox', { name: 'Cliëntenraad' }).selectOption('met');
    await first.page.getByRole('button', { name: /Zorgverleners/ }).click();
    await first.page.getByRole('button', { name: /Zorgverleners/ }).click();
    await expect
      .poll(() => first.page.getByRole('columnheader', { name: /Zorgverleners/ }).getAttribute('aria-sort'))
      .toBe('descending');
    const url = first.page.url();
    expect(new URL(url).search).toBe('?gemeente=GM0935&raad=met&sort=-careWorkers');
    const rows = await first.page.getByTestId('providers-table').locator('tbody tr th').allInnerTexts();
    await first.context.close();

    const second = await newSession(browser, t.url);
    await second.page.goto(url);
    await waitForData(second.page);
    expect(await second.page.getByLabel('Gecontracteerd door').inputValue()).toBe('GM0935');
    expect(await second.page.getByRole('combobox', { name: 'Cliëntenraad' }).inputValue()).toBe('met');
    expect(
      await second.page.getByRole('columnheader', { name: /Zorgverleners/ }).getAttribute('aria-sort'),
    ).toBe('descending');
    expect(await second.page.getByTestId('providers-table').locator('tbody tr th').allInnerTexts()).toEqual(
      rows,
    );
    await second.context.close();
  });

  it('restores the chosen metric and subregion on Gemeenten from the link', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/gemeenten?maat=aanbieders-per-10k-jeugd&subregio=Parkstad');
    await waitForData(page);
    expect(await page.getByLabel('Vergelijk op').inputValue()).toBe('aanbieders-per-10k-jeugd');
    const names = await page.getByTestId('municipality-table').locator('tbody tr th').allInnerTexts();
    expect(names.sort()).toEqual([
      'Beekdaelen',
      'Brunssum',
      'Heerlen',
      'Kerkrade',
      'Landgraaf',
      'Simpelveld',
      'Voerendaal',
    ]);
    await context.close();
  });

  it('says the filters are too narrow when nothing matches, and clears them in one click', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/aanbieders?zoek=bestaat-niet');
    await waitForData(page);
    expect(await page.locator('[data-empty-reason="filterTooNarrow"]').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Filters wissen' }).first().click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect
      .poll(() => page.getByTestId('providers-table').locator('tbody tr').count())
      .toBeGreaterThan(10);
    await context.close();
  });
});
