// Starts the built app (npm run build first) on the demo data for the screenshot and bench scripts:
// its own embedded PostgreSQL in a temporary folder, a free port, "today" pinned to the demo's
// reference date so every run shows the same figures. Stop it with `await app.stop()`.
/* global document */ // page.waitForFunction callbacks run in the browser.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const DEMO_TODAY = '2026-11-23';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The six views and their detail pages, with the demo user who uses each most (null: the public). */
export const VIEWS = [
  { file: '01-regio-overzicht', path: '/', user: 'beleid.maastricht@demo.example' },
  { file: '02-gemeenten', path: '/gemeenten', user: 'beleid.maastricht@demo.example' },
  { file: '03-gemeente-maastricht', path: '/gemeenten/GM0935', user: 'beleid.maastricht@demo.example' },
  { file: '04-aanbieders', path: '/aanbieders', user: 'beleid.maastricht@demo.example' },
  {
    file: '05-aanbieder-mergelland',
    path: 'provider:Jeugdzorg Mergelland',
    user: 'bestuur.mergelland@demo.example',
  },
  { file: '06-kerngroep', path: '/kerngroep', user: 'kerngroep@demo.example' },
  { file: '07-clientenraad', path: '/clientenraad', user: 'raad.mergelland@demo.example' },
  { file: '08-wmcz', path: '/wmcz', user: null },
  { file: '09-publiek-regio-overzicht', path: '/', user: null },
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function startDemoApp() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pm-demo-'));
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [path.join(ROOT, 'api/dist/api/src/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.tmpdir(),
      TZ: 'Europe/Amsterdam',
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      TODAY: DEMO_TODAY,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 120_000;
  while (!output.includes('draait op')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`the app did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGINT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Resolves 'provider:Name' paths to the provider's page through the public API. */
export async function resolvePath(baseUrl, viewPath) {
  if (!viewPath.startsWith('provider:')) return viewPath;
  const name = viewPath.slice('provider:'.length);
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($s: String) { providers(take: 200, filter: { search: $s }) { items { id name } } }',
      variables: { s: name },
    }),
  });
  const body = await response.json();
  const provider = body.data.providers.items.find((p) => p.name === name);
  if (!provider) throw new Error(`no demo provider named ${name}`);
  return `/aanbieders/${provider.id}`;
}

/** Signs a browser context in through the API (its cookie jar is the context's), without loading a page. */
export async function signInContext(context, baseUrl, email) {
  const response = await context.request.post(`${baseUrl}/graphql`, {
    data: {
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      variables: { e: email, p: 'demo-participatie' },
    },
  });
  const body = await response.json();
  if (body.errors) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(body.errors)}`);
}

/** Signs in through the dashboard's own form. */
export async function signIn(page, email) {
  await page.goto('/inloggen');
  await page.fill('input[type=email]', email);
  await page.fill('input[type=password]', 'demo-participatie');
  await page.click('main form button[type=submit]');
  await page.waitForSelector('[data-testid=user-box]');
}

/** Waits until the view shows its data: an h1 and no "loading" status left. */
export async function waitForView(page) {
  await page.waitForSelector('main h1');
  await page.waitForFunction(() => !document.querySelector('main .loading, .route-loading'));
}
