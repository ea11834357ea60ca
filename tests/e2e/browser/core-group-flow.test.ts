import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import { launchBrowser, newSession, signIn, waitForData } from '../../support/browser';
import { GraphQLClient } from '../../support/graphql-client';

const TODAY = '2026-11-23';
const TITLE = 'Browsertest: werkgroep terugkoppeling aan jongeren';

describe('core group flow in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let api: GraphQLClient;
  let blocker: { id: string; title: string };
  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ env: { TODAY } }), launchBrowser()]);
    api = new GraphQLClient(t.url);
    await api.signIn('kerngroep@demo.example');
    const { actions } = await api.ok(
      `{ actions(take: 200, filter: { statuses: [IN_PROGRESS] }) { items { id title } } }`,
    );
    blocker = actions.items[0];
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const detail = (page: Page) => page.getByTestId('action-detail');

  it('creates an action that waits on another, changes its status, sees it on the timeline and late after moving its due date back', async () => {
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'kerngroep@demo.example');
    await page.goto('/kerngroep');
    await waitForData(page);

    // Create, with a dependency.
    await page.getByRole('button', { name: 'Nieuwe actie' }).click();
    const form = page.getByTestId('action-form');
    await form.getByLabel('Titel').fill(TITLE);
    await form.getByLabel('Pijler').selectOption({ label: 'Pijler 2' });
    await form.getByLabel('Trekkende organisatie').fill('Gemeente Maastricht');
    await form.getByLabel('Status').selectOption({ label: 'Gepland' });
    await form.getByLabel('Startdatum').fill('2026-11-01');
    await form.getByLabel('Einddatum').fill('2027-02-01');
    await form.getByLabel('Wacht op actie').selectOption(blocker.id);
    await form.getByRole('button', { name: 'Actie aanmaken' }).click();

    await detail(page).waitFor();
    await expect.poll(() => detail(page).locator('h3').first().innerText()).toBe(TITLE);
    expect(await detail(page).getByTestId('blocked-by').innerText()).toContain(blocker.title);
    const id = new URL(page.url()).searchParams.get('actie')!;
    expect(id).toMatch(/^\d+$/);

    // Change its status.
    await detail(page).getByRole('button', { name: 'Wijzigen' }).click();
    await page.getByTestId('action-form').getByLabel('Status').selectOption({ label: 'In uitvoering' });
    await page.getByTestId('action-form').getByRole('button', { name: 'Opslaan' }).click();
    const status = page.getByTestId('action-status');
    await expect.poll(() => status.innerText()).toContain('In uitvoering');
    expect(await detail(page).innerText()).toMatch(/Gepland → In uitvoering/);
    expect(await status.innerText()).not.toContain('Te laat');

    // On the timeline (chart label and its table), waiting on the blocker.
    const timeline = page.getByTestId('timeline');
    // SVG labels wrap into lines without spaces between them, so compare without whitespace.
    const axisText = async () =>
      ((await timeline.locator('svg.recharts-surface').first().textContent()) ?? '').replace(/\s/g, '');
    expect(await axisText()).toContain(TITLE.slice(0, 30).replace(/\s/g, ''));
    await timeline.getByRole('button', { name: 'Toon de cijfers als tabel' }).click();
    const row = page.getByTestId('timeline-table').locator('tr', { hasText: TITLE });
    expect(await row.innerText()).toContain(blocker.title);
    expect(await row.innerText()).not.toContain('Te laat');

    // Move the due date into the past: late everywhere, computed by the API.
    await detail(page).getByRole('button', { name: 'Wijzigen' }).click();
    await page.getByTestId('action-form').getByLabel('Startdatum').fill('2026-10-01');
    await page.getByTestId('action-form').getByLabel('Einddatum').fill('2026-11-15');
    await page.getByTestId('action-form').getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => status.innerText()).toContain('Te laat');
    await expect
      .poll(() => page.getByTestId('actions-table').locator('tr', { hasText: TITLE }).innerText())
      .toContain('Te laat');
    await expect.poll(axisText).toContain(`⚠${TITLE.slice(0, 30).replace(/\s/g, '')}`);
    await expect.poll(axisText).toContain('(telaat)');
    const { action } = await api.ok(
      `query($id: ID!) { action(id: $id) { late status dueOn blockedBy { id } } }`,
      { id },
    );
    expect(action).toEqual({
      late: true,
      status: 'IN_PROGRESS',
      dueOn: '2026-11-15',
      blockedBy: [{ id: blocker.id }],
    });
    await context.close();
  });

  it('refuses a due date before the start next to the field and keeps what was typed', async () => {
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'kerngroep@demo.example');
    await page.goto('/kerngroep');
    await waitForData(page);
    await page.getByRole('button', { name: 'Nieuwe actie' }).click();
    const form = page.getByTestId('action-form');
    await form.getByLabel('Titel').fill('Browsertest: verkeerde datums');
    await form.getByLabel('Pijler').selectOption({ label: 'Pijler 1' });
    await form.getByLabel('Trekkende organisatie').fill('Kerngroep');
    await form.getByLabel('Startdatum').fill('2027-03-01');
    await form.getByLabel('Einddatum').fill('2027-01-01');
    await form.getByRole('button', { name: 'Actie aanmaken' }).click();
    await form.locator('.field-error').first().waitFor();
    expect(await form.getByLabel('Einddatum').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field-error').first().innerText()).toContain('vóór de startdatum');
    expect(await form.getByLabel('Titel').inputValue()).toBe('Browsertest: verkeerde datums');
    const { actions } = await api.ok(
      `{ actions(take: 10, filter: { search: "verkeerde datums" }) { totalItems } }`,
    );
    expect(actions.totalItems).toBe(0);
    await context.close();
  });

  it('changes the status of a selection at once after a confirmation, and can be cancelled', async () => {
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'kerngroep@demo.example');
    await page.goto('/kerngroep?status=PLANNED');
    await waitForData(page);
    const rows = page.getByTestId('actions-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    const titles = [await rows.nth(0).locator('th').innerText(), await rows.nth(1).locator('th').innerText()];
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.getByLabel('Nieuwe status').selectOption({ label: 'Afgerond' });

    // Cancel first: nothing changes.
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByRole('dialog').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();
    const before = await api.ok(`{ actions(take: 200, filter: { statuses: [DONE] }) { totalItems } }`);

    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    expect(await page.getByRole('dialog').innerText()).toContain(titles[0]);
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, status wijzigen' }).click();
    await expect
      .poll(
        async () =>
          (await api.ok(`{ actions(take: 200, filter: { statuses: [DONE] }) { totalItems } }`)).actions
            .totalItems,
      )
      .toBe(before.actions.totalItems + 2);
    // The filtered list (Gepland) no longer holds them.
    await expect.poll(() => page.getByTestId('actions-table').innerText()).not.toContain(titles[0]);
    await context.close();
  });

  it('adds a milestone, marks it reached and deletes it after a confirmation', async () => {
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'kerngroep@demo.example');
    await page.goto(`/kerngroep?actie=${blocker.id}`);
    await waitForData(page);
    await detail(page).getByLabel('Nieuwe mijlpaal').fill('Browsertest-mijlpaal');
    await detail(page).getByLabel('Datum').fill('2026-12-01');
    await detail(page).getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
    const row = detail(page).getByTestId('milestones').locator('tr', { hasText: 'Browsertest-mijlpaal' });
    await row.waitFor();
    await row.getByRole('button', { name: /Behaald/ }).click();
    await expect.poll(() => row.innerText()).toContain('23 nov 2026');
    await row.getByRole('button', { name: /Verwijderen/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => detail(page).innerText()).not.toContain('Browsertest-mijlpaal');
    await context.close();
  });

  it('shows the public no actions or names, only a sign-in', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/kerngroep');
    await waitForData(page);
    expect(await page.locator('[data-empty-reason="notAllowed"]').count()).toBe(1);
    expect(await page.locator('main').innerText()).not.toContain(blocker.title);
    await context.close();
  });
});
