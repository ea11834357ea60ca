import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import { launchBrowser, newSession, signIn, waitForData } from '../../support/browser';
import { GraphQLClient } from '../../support/graphql-client';

const TODAY = '2026-11-23';
const pct = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });

describe('council flow in the browser (Worden wij op tijd betrokken?)', () => {
  let t: TestApp;
  let browser: Browser;
  let council: GraphQLClient;
  let councilId: string;
  let open: { id: string; title: string; daysLeft: number };

  const councilRate = async () => {
    const { timelinessFigures } = await council.ok(
      `query($c: ID!) { timelinessFigures(groupBy: REGION, from: "2024-12-01", to: "2026-11-30", filter: { councilId: $c }) { onTimeRate ratedCount } }`,
      { c: councilId },
    );
    return timelinessFigures[0] as { onTimeRate: number; ratedCount: number };
  };
  const row = (page: Page, testId: string, title: string) =>
    page.getByTestId(testId).locator('tbody tr', { hasText: title });

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ env: { TODAY } }), launchBrowser()]);
    council = new GraphQLClient(t.url);
    await council.signIn('raad.mergelland@demo.example');
    const { me } = await council.ok(`{ me { organisation { id } } }`);
    councilId = me.organisation.id;
    const { adviceRequests } = await council.ok(
      `query($c: ID!) { adviceRequests(take: 50, sort: DEADLINE_FIRST, filter: { councilId: $c, openOnly: true }) {
        items { id title status timeliness { daysLeft } } } }`,
      { c: councilId },
    );
    const item = adviceRequests.items.find(
      (r: { status: string; timeliness: { daysLeft: number | null } }) =>
        r.status === 'SENT' && (r.timeliness.daysLeft ?? -1) > 0,
    );
    open = { id: item.id, title: item.title, daysLeft: item.timeliness.daysLeft };
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a council member sees an open request with days left, records a position, and after the board decides the verdict and on-time rate update', async () => {
    const before = await councilRate();
    const member = await newSession(browser, t.url);
    await signIn(member.page, 'raad.mergelland@demo.example');
    await member.page.goto('/clientenraad');
    await waitForData(member.page);
    await expect(member.page.getByTestId('council-rate').innerText()).resolves.toBe(
      pct.format(before.onTimeRate),
    );
    const openRow = row(member.page, 'open-requests', open.title);
    expect(await openRow.innerText()).toContain(`nog ${open.daysLeft} dagen`);
    expect(await openRow.innerText()).toContain('Lopend');

    await openRow.getByRole('button', { name: /Standpunt vastleggen/ }).click();
    const form = member.page.getByTestId(`position-form-${open.id}`);
    await form.getByLabel('Standpunt').selectOption({ label: 'Positief advies' });
    expect(await form.getByLabel('Gegeven op').inputValue()).toBe(TODAY);
    await form.getByRole('button', { name: 'Standpunt vastleggen' }).click();
    await expect.poll(() => openRow.innerText()).toContain('beantwoord op 23 nov 2026');
    expect(await openRow.getByRole('button', { name: /Standpunt vastleggen/ }).count()).toBe(0);
    await member.context.close();

    // The board of the provider records its decision (before the planned date, after the council answered).
    const board = await newSession(browser, t.url);
    await signIn(board.page, 'bestuur.mergelland@demo.example');
    await board.page.goto('/clientenraad');
    await waitForData(board.page);
    const boardRow = row(board.page, 'open-requests', open.title);
    await boardRow.getByRole('button', { name: /Besluit vastleggen/ }).click();
    const decision = board.page.getByTestId(`decision-form-${open.id}`);
    await decision.getByLabel('Wat is met het standpunt gedaan').selectOption({ label: 'Opgevolgd' });
    await decision.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expect.poll(() => row(board.page, 'all-requests', open.title).innerText()).toContain('Op tijd');
    await board.context.close();

    const after = await councilRate();
    expect(after.ratedCount).toBe(before.ratedCount + 1);
    expect(after.onTimeRate).toBeGreaterThan(before.onTimeRate);
    const again = await newSession(browser, t.url);
    await signIn(again.page, 'raad.mergelland@demo.example');
    await again.page.goto('/clientenraad');
    await waitForData(again.page);
    await expect(again.page.getByTestId('council-rate').innerText()).resolves.toBe(
      pct.format(after.onTimeRate),
    );
    expect(await row(again.page, 'all-requests', open.title).innerText()).toContain('Op tijd');
    expect(await again.page.getByTestId('open-requests').innerText()).not.toContain(open.title);
    await again.context.close();
  });

  it('refuses a position dated in the future next to the date field and keeps the choice', async () => {
    const { adviceRequests } = await council.ok(
      `query($c: ID!) { adviceRequests(take: 50, filter: { councilId: $c, openOnly: true }) { items { id title status } } }`,
      { c: councilId },
    );
    const target = adviceRequests.items.find((r: { status: string }) => r.status === 'SENT');
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'raad.mergelland@demo.example');
    await page.goto('/clientenraad');
    await waitForData(page);
    await row(page, 'open-requests', target.title)
      .getByRole('button', { name: /Standpunt vastleggen/ })
      .click();
    const form = page.getByTestId(`position-form-${target.id}`);
    await form.getByLabel('Standpunt').selectOption({ index: 1 });
    await form.getByLabel('Gegeven op').fill('2026-12-24');
    await form.getByRole('button', { name: 'Standpunt vastleggen' }).click();
    await form.locator('.field-error').waitFor();
    expect(await form.locator('.field-error').innerText()).toContain('toekomst');
    expect(await form.getByLabel('Gegeven op').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Standpunt').inputValue()).not.toBe('');
    const { adviceRequest } = await council.ok(
      `query($id: ID!) { adviceRequest(id: $id) { councilPosition } }`,
      { id: target.id },
    );
    expect(adviceRequest.councilPosition).toBeNull();
    await context.close();
  });

  it('reports a decision taken without asking: it is listed as "Niet gevraagd" and lowers the on-time rate', async () => {
    const before = await councilRate();
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'raad.mergelland@demo.example');
    await page.goto('/clientenraad');
    await waitForData(page);
    await page.getByRole('button', { name: 'Melden: besluit genomen zonder ons te vragen' }).click();
    const form = page.getByTestId('not-requested-form');
    await form.getByLabel('Titel').fill('Browsertest: nieuwe huisregels zonder advies');
    await form.getByLabel('Wat had gevraagd moeten worden').selectOption({ label: 'Adviesaanvraag' });
    await form.getByLabel('Onderwerp').selectOption({ index: 1 });
    await form.getByLabel('Besluit genomen op (zo goed als bekend)').fill('2026-11-02');
    await form.getByRole('button', { name: 'Melding vastleggen' }).click();
    await expect
      .poll(() => row(page, 'all-requests', 'Browsertest: nieuwe huisregels').innerText())
      .toContain('Niet gevraagd');
    const after = await councilRate();
    expect(after.ratedCount).toBe(before.ratedCount + 1);
    expect(after.onTimeRate).toBeLessThan(before.onTimeRate);
    await expect.poll(() => page.getByTestId('council-rate').innerText()).toBe(pct.format(after.onTimeRate));
    await context.close();
  });

  it('files unsolicited advice, which is listed without a timeliness verdict ("Niet van toepassing")', async () => {
    const { context, page } = await newSession(browser, t.url);
    await signIn(page, 'raad.mergelland@demo.example');
    await page.goto('/clientenraad');
    await waitForData(page);
    await page.getByRole('button', { name: 'Ongevraagd advies indienen' }).click();
    const form = page.getByTestId('unsolicited-form');
    await form.getByLabel('Titel').fill('Browsertest: vervoer naar school');
    await form.getByLabel('Onderwerp').selectOption({ index: 1 });
    await form.getByLabel('Standpunt').selectOption({ label: 'Positief advies' });
    await form.getByRole('button', { name: 'Ongevraagd advies vastleggen' }).click();
    await expect
      .poll(() => row(page, 'all-requests', 'Browsertest: vervoer naar school').innerText())
      .toContain('Niet van toepassing');
    await context.close();
  });

  it('shows the public no requests, only a sign-in', async () => {
    const { context, page } = await newSession(browser, t.url);
    await page.goto('/clientenraad');
    await waitForData(page);
    expect(await page.locator('[data-empty-reason="notAllowed"]').count()).toBe(1);
    expect(await page.locator('main').innerText()).not.toContain(open.title);
    await context.close();
  });
});
