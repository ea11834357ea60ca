import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import { launchBrowser, newSession, signIn, waitForData } from '../../support/browser';
import { GraphQLClient } from '../../support/graphql-client';

const TODAY = '2026-11-23';

describe('forms: errors next to the field, values kept, changes saved', () => {
  let t: TestApp;
  let browser: Browser;
  let mergelland: string;
  let other: string;
  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ env: { TODAY } }), launchBrowser()]);
    const { providers } = await new GraphQLClient(t.url).ok(`{ providers(take: 200) { items { id name } } }`);
    mergelland = providers.items.find((p: { name: string }) => p.name === 'Jeugdzorg Mergelland').id;
    other = providers.items.find((p: { name: string }) => p.name === 'Het Steenkolenhuis').id;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a provider board corrects a bad KvK number shown next to its field and saves its own provider', async () => {
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'bestuur.mergelland@demo.example');
    await page.goto(`/aanbieders/${mergelland}`);
    await waitForData(page);
    await page.getByRole('button', { name: 'Wijzigen' }).click();
    const form = page.getByTestId('provider-form');
    await form.getByLabel('KvK-nummer').fill('123');
    await form.getByLabel('Aantal zorgverleners').fill('275');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.locator('.field-error').waitFor();
    expect(await form.locator('.field-error').innerText()).toContain('precies 8 cijfers');
    expect(await form.getByLabel('KvK-nummer').getAttribute('aria-invalid')).toBe('true');
    // What the user typed is still there.
    expect(await form.getByLabel('KvK-nummer').inputValue()).toBe('123');
    expect(await form.getByLabel('Aantal zorgverleners').inputValue()).toBe('275');

    await form.getByLabel('KvK-nummer').fill('91234567');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.getByRole('status').innerText()).toBe('Opgeslagen.');
    const { provider } = await new GraphQLClient(t.url).ok(
      `query($id: ID!) { provider(id: $id) { kvkNumber careWorkers } }`,
      {
        id: mergelland,
      },
    );
    expect(provider).toEqual({ kvkNumber: '91234567', careWorkers: 275 });
    await expect.poll(() => page.locator('main').innerText()).toContain('275');
    await context.close();
  });

  it('records a new advice term and refuses a term of 0 days next to the field', async () => {
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'bestuur.mergelland@demo.example');
    await page.goto(`/aanbieders/${mergelland}`);
    await waitForData(page);
    const form = page.getByRole('form', { name: 'Nieuwe adviestermijn voor Cliëntenraad Mergelland' });
    await form.getByLabel('Termijn in dagen').fill('0');
    await form.getByLabel('Geldt vanaf').fill('2027-01-01');
    await form.getByRole('button', { name: 'Termijn vastleggen' }).click();
    await form.locator('.field-error').waitFor();
    expect(await form.locator('.field-error').innerText()).toContain('minstens 1 dag');
    expect(await form.getByLabel('Geldt vanaf').inputValue()).toBe('2027-01-01');

    await form.getByLabel('Termijn in dagen').fill('35');
    await form.getByRole('button', { name: 'Termijn vastleggen' }).click();
    await expect.poll(() => form.getByRole('status').innerText()).toBe('Opgeslagen.');
    await expect
      .poll(() =>
        page.getByRole('table', { name: 'Adviestermijnen van Cliëntenraad Mergelland' }).innerText(),
      )
      .toContain('35 dagen');
    await context.close();
  });

  it('offers no edit forms on another provider’s page, nor to the public', async () => {
    const board = await newSession(browser, t.url);
    await signIn(board.page, 'bestuur.mergelland@demo.example');
    await board.page.goto(`/aanbieders/${other}`);
    await waitForData(board.page);
    expect(await board.page.locator('form').count()).toBe(0);
    await board.context.close();

    const pub = await newSession(browser, t.url);
    await pub.page.goto(`/aanbieders/${mergelland}`);
    await waitForData(pub.page);
    expect(await pub.page.locator('form').count()).toBe(0);
    await pub.context.close();
  });
});
