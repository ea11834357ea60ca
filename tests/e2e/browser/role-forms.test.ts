import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import { launchBrowser, newSession, signIn, waitForData } from '../../support/browser';
import { GraphQLClient } from '../../support/graphql-client';

const TODAY = '2026-11-23';

describe('each role’s forms in its views', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ env: { TODAY } }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a provider board puts a new request to its council (days left shown) and withdraws it after a confirmation', async () => {
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'bestuur.mergelland@demo.example');
    await page.goto('/clientenraad');
    await waitForData(page);
    await page.getByRole('button', { name: 'Nieuw verzoek aan de raad' }).click();
    const form = page.getByTestId('new-request-form');
    await form.getByLabel('Titel').fill('Browsertest: nieuw zorgaanbod');
    await form.getByLabel('Soort verzoek').selectOption({ label: 'Adviesaanvraag' });
    await form.getByLabel('Onderwerp').selectOption({ index: 1 });
    await form.getByLabel('Geplande besluitdatum').fill('2027-02-15');
    await form.getByRole('button', { name: 'Vastleggen en voorleggen' }).click();
    const row = page
      .getByTestId('open-requests')
      .locator('tbody tr', { hasText: 'Browsertest: nieuw zorgaanbod' });
    // The council's term (42 days) runs from today: 42 days left.
    await expect.poll(() => row.innerText()).toContain('nog 42 dagen');

    await row.getByRole('button', { name: /Intrekken/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();
    expect(await row.count()).toBe(1);
    await row.getByRole('button', { name: /Intrekken/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, intrekken' }).click();
    await expect
      .poll(() => page.getByTestId('open-requests').innerText())
      .not.toContain('Browsertest: nieuw zorgaanbod');
    await expect
      .poll(() =>
        page
          .getByTestId('all-requests')
          .locator('tr', { hasText: 'Browsertest: nieuw zorgaanbod' })
          .innerText(),
      )
      .toContain('Ingetrokken');
    await context.close();
  });

  it('a provider board reworks a draft before it goes to the council', async () => {
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'bestuur.mergelland@demo.example');
    await page.goto('/clientenraad');
    await waitForData(page);
    await page.getByRole('button', { name: 'Nieuw verzoek aan de raad' }).click();
    const form = page.getByTestId('new-request-form');
    await form.getByLabel('Titel').fill('Browsertest: eerste opzet');
    await form.getByLabel('Onderwerp').selectOption({ index: 1 });
    await form.getByLabel('Direct voorleggen aan de raad').uncheck();
    await form.getByRole('button', { name: 'Als concept vastleggen' }).click();
    const open = page.getByTestId('open-requests');
    const draft = open.locator('tbody tr', { hasText: 'Browsertest: eerste opzet' });
    await draft.getByRole('button', { name: /Concept bewerken/ }).click();

    const edit = page.getByRole('form', { name: 'Concept bewerken: Browsertest: eerste opzet' });
    await edit.getByLabel('Titel').fill('   ');
    await edit.getByRole('button', { name: 'Concept opslaan' }).click();
    // The error stands by the field, and nothing was saved.
    await expect.poll(() => edit.innerText()).toContain('Vul een titel in');
    expect(await draft.count()).toBe(1);

    await edit.getByLabel('Titel').fill('Browsertest: herziene opzet');
    await edit.getByLabel('Geplande besluitdatum').fill('2027-03-01');
    await edit.getByRole('button', { name: 'Concept opslaan' }).click();
    const reworked = open.locator('tbody tr', { hasText: 'Browsertest: herziene opzet' });
    await expect.poll(() => reworked.count()).toBe(1);
    expect(await reworked.innerText()).toContain('1 mrt 2027');

    const api = new GraphQLClient(t.url);
    await api.signIn('bestuur.mergelland@demo.example');
    const { adviceRequests } = await api.ok(
      `{ adviceRequests(take: 200, filter: { status: DRAFT }) { items { title plannedDecisionOn status } } }`,
    );
    expect(adviceRequests.items).toContainEqual({
      title: 'Browsertest: herziene opzet',
      plannedDecisionOn: '2027-03-01',
      status: 'DRAFT',
    });
    await context.close();
  });

  it('a policy officer records a measurement for an indicator of their own municipality, and gets no form elsewhere', async () => {
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'beleid.maastricht@demo.example');
    await page.goto('/gemeenten/GM0935');
    await waitForData(page);
    const table = page.getByTestId('municipality-indicators');
    await table.waitFor();
    const row = table.locator('tbody tr').first();
    await row.getByRole('button', { name: /Meting vastleggen/ }).click();
    const form = page.locator('[data-testid^="measurement-form-"]');
    await form.getByLabel(/Waarde/).fill('4,5');
    await form.getByLabel('Bron').fill('Browsertest-enquête');
    await form.getByRole('button', { name: 'Meting vastleggen' }).click();
    await expect.poll(() => table.locator('tbody tr').first().innerText()).toContain('4,5 (23 nov 2026)');

    await page.goto('/gemeenten/GM0917');
    await waitForData(page);
    await page.getByTestId('municipality-indicators').waitFor();
    expect(await page.getByRole('button', { name: /Meting vastleggen/ }).count()).toBe(0);
    await context.close();
  });

  it('the core group records an activity and writes its report, which starts as a draft', async () => {
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'kerngroep@demo.example');
    await page.goto('/kerngroep');
    await waitForData(page);
    await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    const form = page.getByTestId('activity-form');
    await form.getByLabel('Titel').fill('Browsertest: panel over wachttijden');
    await form.getByLabel('Vorm').selectOption({ label: 'Panel' });
    await form.getByLabel('Pijler 3').check();
    await form.getByLabel('Jongeren').fill('7');
    await form.getByRole('button', { name: 'Bijeenkomst vastleggen' }).click();
    const row = page
      .getByTestId('activities-table')
      .locator('tbody tr', { hasText: 'Browsertest: panel over wachttijden' });
    await row.waitFor();
    await row.getByRole('button', { name: /Verslag schrijven/ }).click();
    const report = page.locator('[data-testid^="report-form-"]');
    await report
      .getByLabel('Verslag', { exact: true })
      .fill('De jongeren willen sneller horen wanneer ze terecht kunnen.');
    await report.getByRole('button', { name: 'Verslag als concept opslaan' }).click();
    await expect.poll(() => row.innerText()).toContain('Voorleggen aan deelnemers');
    await context.close();
  });

  it('the regional administrator edits a catalogue subject; others get no edit button', async () => {
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'beheer@demo.example');
    await page.goto('/wmcz');
    await waitForData(page);
    const subject = page.locator('[data-subject="ART7_1_G"]');
    await subject.getByRole('button', { name: /Wijzigen/ }).click();
    const form = subject.locator('form');
    await form.getByLabel('Titel (Nederlands)').fill('Begroting en jaarrekening (browsertest)');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => subject.locator('h3').innerText())
      .toBe('Begroting en jaarrekening (browsertest)');
    const { wmczSubjects } = await new GraphQLClient(t.url).ok(`{ wmczSubjects { code titleNl } }`);
    expect(wmczSubjects.find((s: { code: string }) => s.code === 'ART7_1_G').titleNl).toBe(
      'Begroting en jaarrekening (browsertest)',
    );
    await context.close();

    const other = await newSession(browser, t.url);
    await signIn(other.page, 'raad.mergelland@demo.example');
    await other.page.goto('/wmcz');
    await waitForData(other.page);
    expect(await other.page.getByRole('button', { name: /Wijzigen/ }).count()).toBe(0);
    await other.context.close();
  });

  it('the regional administrator adds a catalogue subject after an amendment; a taken code is refused by the field', async () => {
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'beheer@demo.example');
    await page.goto('/wmcz');
    await waitForData(page);
    await page.getByRole('button', { name: 'Onderwerp toevoegen' }).click();
    const form = page.getByTestId('new-subject-form');
    await form.getByLabel('Code').fill('ART7_1_G');
    await form.getByLabel('Recht van de raad').selectOption({ label: 'Adviesrecht' });
    await form.getByLabel('Titel (Nederlands)').fill('Nieuw onderwerp (browsertest)');
    await form.getByLabel('Titel (Engels)').fill('New subject (browser test)');
    await form.getByLabel('Wetsartikel').fill('art. 7 lid 1 sub x (proef)');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => form.innerText()).toContain('Er is al een onderwerp met deze code');

    await form.getByLabel('Code').fill('ART7_1_PROEF');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    const added = page.locator('[data-subject="ART7_1_PROEF"]');
    await expect.poll(() => added.count()).toBe(1);
    expect(await added.locator('h3').innerText()).toBe('Nieuw onderwerp (browsertest)');
    const { wmczSubjects } = await new GraphQLClient(t.url).ok(`{ wmczSubjects { code right articleRef } }`);
    expect(wmczSubjects).toContainEqual({
      code: 'ART7_1_PROEF',
      right: 'ADVICE',
      articleRef: 'art. 7 lid 1 sub x (proef)',
    });
    await context.close();

    const other = await newSession(browser, t.url);
    await signIn(other.page, 'kerngroep@demo.example');
    await other.page.goto('/wmcz');
    await waitForData(other.page);
    expect(await other.page.getByRole('button', { name: 'Onderwerp toevoegen' }).count()).toBe(0);
    await other.context.close();
  });
});
