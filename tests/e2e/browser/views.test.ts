import { adviceTermOn, WMCZ_CATALOGUE } from '@pm/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import { launchBrowser, newSession, openAllTables, signIn, waitForData } from '../../support/browser';
import { GraphQLClient } from '../../support/graphql-client';

const TODAY = '2026-11-23';
const nl = new Intl.NumberFormat('nl-NL');
const pct = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });

interface ApiProvider {
  id: string;
  name: string;
  careWorkers: number;
  councilRequired: boolean;
  councils: Array<{ regulationAdoptedOn: string | null }>;
  municipalities: Array<{ cbsCode: string }>;
}

/** The cell texts of a table body, row by row. */
async function tableRows(page: Page, testId: string): Promise<string[][]> {
  return page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').trim()),
      ),
    );
}

describe('the views show the API’s figures', () => {
  let t: TestApp;
  let browser: Browser;
  let providers: ApiProvider[];
  let municipalities: Array<{ cbsCode: string; name: string; inhabitants: number }>;
  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ env: { TODAY } }), launchBrowser()]);
    const data = await new GraphQLClient(t.url).ok(`{
      providers(take: 200) { items { id name careWorkers councilRequired councils { regulationAdoptedOn } municipalities { cbsCode } } }
      municipalities(take: 200) { items { cbsCode name inhabitants } }
    }`);
    providers = data.providers.items;
    municipalities = data.municipalities.items;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const complete = (p: ApiProvider) => p.councils.some((c) => c.regulationAdoptedOn !== null);

  it('Regio-overzicht shows the number of municipalities, inhabitants and the council-and-regulation share', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/');
    await waitForData(page);
    const text = await page.locator('main').innerText();
    const inhabitants = municipalities.reduce((s, m) => s + m.inhabitants, 0);
    const obliged = providers.filter((p) => p.councilRequired && p.municipalities.length > 0);
    expect(text).toContain(nl.format(inhabitants));
    expect(text).toContain(`${obliged.filter(complete).length} van ${obliged.length} aanbieders`);
    expect(text).toContain(pct.format(obliged.filter(complete).length / obliged.length));
    // Register and programme have landed: nothing on the overview is "not available yet" any more.
    expect(await page.locator('[data-empty-reason="notAvailableYet"]').count()).toBe(0);
    await context.close();
  });

  it('Regio-overzicht shows each pillar’s progress and the late actions as the API computes them', async () => {
    const { programmeStats } = await new GraphQLClient(t.url).ok(`{ programmeStats(months: 12) {
      pillars { code progress { value } } actionSummary { late open } } }`);
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/');
    await waitForData(page);
    for (const pillar of programmeStats.pillars) {
      await expect(page.getByTestId(`pillar-value-${pillar.code}`).innerText()).resolves.toBe(
        pct.format(pillar.progress.value / 100),
      );
    }
    await openAllTables(page);
    const totals = (await tableRows(page, 'actions-table')).at(-1)!;
    expect(totals.at(-1)).toBe(String(programmeStats.actionSummary.late));
    // Signed out: no list of late actions (it names actions and people).
    expect(await page.getByTestId('attention').count()).toBe(0);
    // Signed in, the core group counts every action (the public only opted-in organisations' ones).
    const coreGroup = new GraphQLClient(t.url);
    await coreGroup.signIn('kerngroep@demo.example');
    const own = await coreGroup.ok(`{ programmeStats(months: 12) { actionSummary { late } } }`);
    await signIn(page, 'kerngroep@demo.example');
    await page.goto('/');
    await waitForData(page);
    await expect(page.getByTestId('attention').innerText()).resolves.toContain(
      `Acties te laat (${own.programmeStats.actionSummary.late})`,
    );
    await context.close();
  });

  it('Gemeenten compares activities per 10,000 inhabitants with the API’s figure per municipality', async () => {
    // Signed in, so all 16 municipalities count (the public sees only those that opted in).
    const officer = new GraphQLClient(t.url);
    await officer.signIn('beleid.maastricht@demo.example');
    const { programmeStats } = await officer.ok(`{ programmeStats(months: 12) {
      municipalities { name activitiesPer10000 activities inhabitants } } }`);
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'beleid.maastricht@demo.example');
    await page.goto('/gemeenten?maat=bijeenkomsten-per-10k');
    await waitForData(page);
    const rows = await tableRows(page, 'municipality-table');
    expect(rows).toHaveLength(16);
    const one = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    for (const [name, , value, basis] of rows) {
      const api = programmeStats.municipalities.find((m: { name: string }) => m.name === name);
      expect(value).toBe(one.format(api.activitiesPer10000));
      expect(basis).toBe(`${api.activities} bijeenkomsten, ${nl.format(api.inhabitants)} inwoners`);
    }
    await context.close();
  });

  it('Gemeenten shows the on-time rate of the contracted providers per municipality, as the register computes it', async () => {
    const officer = new GraphQLClient(t.url);
    await officer.signIn('beleid.maastricht@demo.example');
    const { timelinessFigures } = await officer.ok(
      `{ timelinessFigures(groupBy: MUNICIPALITY, from: "2025-12-01", to: "2026-11-30") { name onTimeRate ratedCount verdictCounts { onTime } } }`,
    );
    const { context, page } = await newSession(browser, t.url);
    // Signed out the metric is not public: the view says so instead of showing nothing.
    await page.goto('/gemeenten');
    await waitForData(page);
    expect(
      await page.getByTestId('municipality-chart').locator('[data-empty-reason="notAllowed"]').count(),
    ).toBe(1);
    await signIn(page, 'beleid.maastricht@demo.example');
    await page.goto('/gemeenten');
    await waitForData(page);
    await openAllTables(page);
    const rows = await tableRows(page, 'municipality-table');
    expect(rows).toHaveLength(16);
    for (const [name, , value, basis] of rows) {
      const api = timelinessFigures.find((f: { name: string }) => f.name === name);
      expect(value).toBe(api.ratedCount > 0 ? pct.format(api.onTimeRate) : 'geen cijfer');
      expect(basis).toBe(`${api.verdictCounts.onTime} van ${api.ratedCount} beoordeelde verzoeken`);
    }
    await context.close();
  });

  it('Aanbieders shows each provider’s on-time rate with the number it rests on to region staff, and hides it from the public', async () => {
    const officer = new GraphQLClient(t.url);
    await officer.signIn('beleid.maastricht@demo.example');
    const { timelinessFigures } = await officer.ok(
      `{ timelinessFigures(groupBy: PROVIDER, from: "2025-12-01", to: "2026-11-30") { key onTimeRate ratedCount } }`,
    );
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/aanbieders');
    await waitForData(page);
    expect(await page.locator('[data-rate]').count()).toBe(0);
    expect(await page.getByTestId('providers-table').innerText()).toContain('niet openbaar');
    await signIn(page, 'beleid.maastricht@demo.example');
    await page.goto('/aanbieders');
    await waitForData(page);
    expect(await page.locator('[data-rate]').count()).toBe(timelinessFigures.length);
    for (const f of timelinessFigures) {
      const text = await page.locator(`[data-rate="${f.key}"]`).innerText();
      expect(text).toBe(`${f.ratedCount > 0 ? pct.format(f.onTimeRate) : 'geen cijfer'} (${f.ratedCount})`);
    }
    await context.close();
  });

  it('Regio-overzicht shows the region’s on-time rate per month from the register', async () => {
    const { timelinessFigures } = await new GraphQLClient(t.url).ok(
      `{ timelinessFigures(groupBy: MONTH, from: "2025-12-01", to: "2026-11-30") { periodStart onTimeRate ratedCount } }`,
    );
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/');
    await waitForData(page);
    await openAllTables(page);
    const rows = await tableRows(page, 'on-time-table');
    expect(rows).toHaveLength(timelinessFigures.length);
    rows.forEach((row, i) => {
      const f = timelinessFigures[i];
      expect(row[1]).toBe(f.ratedCount > 0 ? pct.format(f.onTimeRate) : 'geen cijfer');
      expect(row.at(-1)).toBe(String(f.ratedCount));
    });
    await context.close();
  });

  it('a provider’s page shows its requests and verdicts to region staff, and asks the public to sign in', async () => {
    const mergelland = providers.find((p) => p.name === 'Jeugdzorg Mergelland')!;
    const officer = new GraphQLClient(t.url);
    await officer.signIn('beleid.maastricht@demo.example');
    const { adviceRequests } = await officer.ok(
      `query($p: ID!) { adviceRequests(take: 200, filter: { providerId: $p }) { totalItems items { title } } }`,
      { p: mergelland.id },
    );
    const { context, page } = await newSession(browser, t.url);
    await page.goto(`/aanbieders/${mergelland.id}`);
    await waitForData(page);
    expect(await page.locator('[data-empty-reason="notAllowed"]').count()).toBe(1);
    await signIn(page, 'beleid.maastricht@demo.example');
    await page.goto(`/aanbieders/${mergelland.id}`);
    await waitForData(page);
    await page.getByTestId('provider-requests').waitFor();
    expect(await page.getByTestId('provider-requests').locator('tbody tr').count()).toBe(
      adviceRequests.totalItems,
    );
    await context.close();
  });

  it('Gemeenten lists the 16 municipalities, each based on the providers the API says it contracts', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/gemeenten?maat=raad-en-regeling');
    await waitForData(page);
    const rows = await tableRows(page, 'municipality-table');
    expect(rows).toHaveLength(16);
    for (const [name, , share, basis] of rows) {
      const cbs = municipalities.find((m) => m.name === name)!.cbsCode;
      const obliged = providers.filter(
        (p) => p.councilRequired && p.municipalities.some((m) => m.cbsCode === cbs),
      );
      expect(basis).toBe(`${obliged.filter(complete).length} van ${obliged.length} aanbieders`);
      expect(share).toBe(pct.format(obliged.filter(complete).length / obliged.length));
    }
    const region = providers.filter((p) => p.councilRequired && p.municipalities.length > 0);
    expect(await page.getByTestId('region-value').innerText()).toBe(
      pct.format(region.filter(complete).length / region.length),
    );
    // The chart is drawn with one bar per municipality.
    expect(await page.getByTestId('municipality-chart').locator('.recharts-bar-rectangle').count()).toBe(16);
    await context.close();
  });

  it('Aanbieders lists every provider with its care workers, and the "required but missing" filter matches the API', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/aanbieders');
    await waitForData(page);
    const rows = await tableRows(page, 'providers-table');
    expect(rows.map((r) => r[0]).sort()).toEqual(providers.map((p) => p.name).sort());
    for (const row of rows) {
      const p = providers.find((x) => x.name === row[0])!;
      expect(row[1]).toBe(nl.format(p.careWorkers));
    }
    await page.getByRole('combobox', { name: 'Cliëntenraad' }).selectOption('ontbreekt');
    const expected = providers
      .filter((p) => p.councilRequired && p.councils.length === 0)
      .map((p) => p.name)
      .sort();
    await expect
      .poll(async () => (await tableRows(page, 'providers-table')).map((r) => r[0]).sort())
      .toEqual(expected);
    const missing = await tableRows(page, 'providers-table');
    await openAllTables(page);
    const coverage = await tableRows(page, 'coverage-table');
    expect(coverage.find((r) => r[0]!.startsWith('Verplicht, maar zonder raad'))![1]).toBe(
      String(missing.length),
    );
    await context.close();
  });

  it('a provider’s page shows its councils with the advice term in force and its contracting municipalities', async () => {
    const client = new GraphQLClient(t.url);
    const mergelland = providers.find((p) => p.name === 'Jeugdzorg Mergelland')!;
    const { provider } = await client.ok(
      `query($id: ID!) { provider(id: $id) { councils { name adviceTerms { termDays validFrom } } municipalities { name } } }`,
      { id: mergelland.id },
    );
    const { context, page } = await newSession(browser, t.url);
    await page.goto(`/aanbieders/${mergelland.id}`);
    await waitForData(page);
    await expect(page.locator('h1').innerText()).resolves.toBe('Jeugdzorg Mergelland');
    const text = await page.locator('main').innerText();
    for (const council of provider.councils) {
      expect(text).toContain(council.name);
      const term = adviceTermOn(council.adviceTerms, TODAY);
      expect(text).toContain(`${term} dagen`);
    }
    for (const m of provider.municipalities) expect(text).toContain(m.name);
    await context.close();
  });

  it('Wmcz shows every catalogue subject of the register with its article, and fewer for a provider without residential care', async () => {
    const { wmczSubjects } = await new GraphQLClient(t.url).ok(`{ wmczSubjects { code articleRef } }`);
    expect(wmczSubjects.map((s: { code: string }) => s.code).sort()).toEqual(
      WMCZ_CATALOGUE.map((s) => s.code).sort(),
    );
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/wmcz');
    await waitForData(page);
    expect(await page.locator('[data-subject]').count()).toBe(WMCZ_CATALOGUE.length);
    for (const subject of WMCZ_CATALOGUE) {
      await expect(page.locator(`[data-subject="${subject.code}"]`).innerText()).resolves.toContain(
        subject.articleRef,
      );
    }
    await page.getByLabel('Aanbieder zonder verblijf').check();
    await expect
      .poll(() => page.locator('[data-subject]').count())
      .toBe(WMCZ_CATALOGUE.filter((s) => !s.residentialOnly).length);
    expect(page.url()).toContain('aanbieder=zonder-verblijf');
    await context.close();
  });

  it('Cliëntenraad shows a council member their own council, and asks the public to sign in', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/clientenraad');
    await waitForData(page);
    expect(await page.locator('[data-empty-reason="notAllowed"]').count()).toBe(1);
    expect(await page.locator('main').innerText()).not.toContain('Cliëntenraad Mergelland');
    await signIn(page, 'raad.mergelland@demo.example');
    await page.goto('/clientenraad');
    await waitForData(page);
    await expect(page.locator('main h2').first().innerText()).resolves.toBe('Cliëntenraad Mergelland');
    await expect(page.getByTestId('advice-term').innerText()).resolves.toBe('42 dagen');
    await context.close();
  });

  it('shows the signed-in user with role and organisation, and signs out', async () => {
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'beleid.maastricht@demo.example');
    const box = await page.getByTestId('user-box').innerText();
    expect(box).toContain('Demo Beleidsmedewerker Maastricht');
    expect(box).toContain('Beleidsmedewerker gemeente');
    expect(box).toContain('Maastricht');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('link', { name: 'Inloggen' }).first().waitFor();
    const { me } = await page.evaluate(async () => {
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      return (await r.json()).data;
    });
    expect(me).toBeNull();
    await context.close();
  });

  it('shows a wrong password next to the form and keeps the e-mail address that was typed', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill('beheer@demo.example');
    await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
    await page.locator('form').getByRole('button', { name: 'Inloggen' }).click();
    await page.locator('.field-error').first().waitFor();
    expect(await page.locator('.field-error').first().innerText()).toContain(
      'E-mailadres of wachtwoord is onjuist',
    );
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe('beheer@demo.example');
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });
});
