import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import { launchBrowser, newSession, tabTo, waitForData } from '../../support/browser';

const TODAY = '2026-11-23';

describe('keyboard-only use', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ env: { TODAY } }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const focused = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName.toLowerCase(), id: el.id, text: (el.textContent ?? '').trim().slice(0, 80) };
    });

  it('offers a skip link first that moves focus to the content', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/');
    await waitForData(page);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Naar de inhoud' });
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    await context.close();
  });

  it('signs in, goes to Aanbieders, filters, sorts and opens a provider without a mouse', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/');
    await waitForData(page);
    await tabTo(page, { tag: 'a', text: 'Inloggen' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/inloggen/);
    await tabTo(page, { tag: 'input', text: 'E-mailadres' });
    await page.keyboard.type('beleid.maastricht@demo.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo-participatie');
    await page.keyboard.press('Enter');
    await page.getByTestId('user-box').waitFor();

    await tabTo(page, { tag: 'a', text: 'Aanbieders' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/aanbieders$/);
    await waitForData(page);
    // Focus moved to the content after the route change.
    expect((await focused(page)).id).toBe('main');

    await tabTo(page, { tag: 'select', text: 'Cliëntenraad' });
    await page.keyboard.press('ArrowDown'); // "Met cliëntenraad"
    await page.waitForURL(/raad=met/);

    await tabTo(page, { tag: 'button', text: 'Zorgverleners' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=careWorkers/);
    await expect
      .poll(() => page.getByRole('columnheader', { name: /Zorgverleners/ }).getAttribute('aria-sort'))
      .toBe('ascending');

    await tabTo(page, { tag: 'a', text: 'Jeugdzorg Mergelland' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/aanbieders\/\d+$/);
    await waitForData(page);
    await expect(page.locator('h1').innerText()).resolves.toBe('Jeugdzorg Mergelland');
    await context.close();
  });

  it('opens a chart’s table and a "hoe berekend" explanation with the keyboard', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/aanbieders');
    await waitForData(page);
    await tabTo(page, { tag: 'button', text: 'Toon de cijfers als tabel' });
    await page.keyboard.press('Space');
    expect(await page.getByRole('button', { name: 'Verberg de tabel' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(await page.getByTestId('coverage-table').isVisible()).toBe(true);
    await tabTo(page, { tag: 'summary', text: 'Hoe berekend?' });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('details.how-calculated').first().getAttribute('open'))
      .not.toBeNull();
    await context.close();
  });

  it('records a council position with the keyboard only', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/inloggen');
    await tabTo(page, { tag: 'input', text: 'E-mailadres' });
    await page.keyboard.type('raad.mergelland@demo.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo-participatie');
    await page.keyboard.press('Enter');
    await page.getByTestId('user-box').waitFor();
    await tabTo(page, { tag: 'a', text: 'Cliëntenraad' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/clientenraad/);
    await waitForData(page);
    await tabTo(page, { tag: 'button', text: 'Standpunt vastleggen' });
    const title = await page.evaluate(
      () => document.activeElement!.closest('tr')!.querySelector('th')!.textContent,
    );
    await page.keyboard.press('Enter');
    // Focus moves to the form's panel; the position is chosen and saved without a mouse.
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('step-panel');
    await tabTo(page, { tag: 'select', text: 'Standpunt' });
    await page.keyboard.press('ArrowDown');
    await tabTo(page, { tag: 'button', text: 'Standpunt vastleggen' });
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page
          .getByTestId('open-requests')
          .locator('tr', { hasText: title!.slice(0, 20) })
          .innerText(),
      )
      .toContain('beantwoord op');
    await context.close();
  });

  it('opens an action and cancels a bulk status change with Escape, keyboard only', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/inloggen');
    await tabTo(page, { tag: 'input', text: 'E-mailadres' });
    await page.keyboard.type('kerngroep@demo.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo-participatie');
    await page.keyboard.press('Enter');
    await page.getByTestId('user-box').waitFor();
    await tabTo(page, { tag: 'a', text: 'Kerngroep' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/kerngroep/);
    await waitForData(page);
    // Select the first action with Space and ask for a bulk change.
    await tabTo(page, { tag: 'input', text: 'Selecteer' });
    await page.keyboard.press('Space');
    await tabTo(page, { tag: 'button', text: 'Status wijzigen', backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // Open the first action from the table: its details get the focus.
    const title = await page
      .getByTestId('actions-table')
      .locator('tbody tr')
      .first()
      .locator('th a')
      .innerText();
    await tabTo(page, { tag: 'a', text: title });
    await page.keyboard.press('Enter');
    await page.waitForURL(/actie=\d+/);
    await page.getByTestId('action-detail').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby')))
      .toBe('action-detail-title');
    expect(await page.getByTestId('action-detail').locator('h3').first().innerText()).toBe(title);
    await context.close();
  });

  it('switches the language with the keyboard', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/wmcz');
    await waitForData(page);
    await tabTo(page, { tag: 'button', text: 'English' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Wmcz subjects');
    await context.close();
  });
});
