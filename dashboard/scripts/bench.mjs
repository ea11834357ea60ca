// `npm run bench:dashboard`: prints figures, asserts nothing. The gzip size of the JavaScript the first
// view needs (budget 250 kB), and per view, measured in Chromium on the demo data: the largest
// contentful paint (budget 1.5 s here) and the number of GraphQL requests (budget 3). Builds first.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  launchChromium,
  resolvePath,
  ROOT,
  signInContext,
  startDemoApp,
  VIEWS,
  waitForView,
} from './demo-app.mjs';

const DIST = path.join(ROOT, 'dashboard', 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(browser, app, view) {
  const context = await browser.newContext({ baseURL: app.url, viewport: { width: 1366, height: 768 } });
  // Signed in through the API, so every measured load is a cold first load of the view.
  if (view.user) await signInContext(context, app.url, view.user);
  const page = await context.newPage();
  const target = await resolvePath(app.url, view.path);
  const scripts = new Set();
  let graphql = 0;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/graphql') graphql++;
    if (request.resourceType() === 'script') scripts.add(url.pathname);
  });
  await page.goto(target);
  await waitForView(page);
  await page.waitForTimeout(200);
  const lcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]?.startTime ?? null);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(null), 2000);
      }),
  );
  await context.close();
  return { lcp, graphql, scripts: [...scripts] };
}

const app = await startDemoApp();
const browser = await launchChromium();
try {
  // JavaScript the first view needs: every script the browser fetched to show the overview.
  const first = await measure(browser, app, { path: '/', user: null });
  let gzip = 0;
  let raw = 0;
  for (const script of first.scripts) {
    const content = readFileSync(path.join(DIST, script));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  console.log(
    `\nEerste weergave (Regio-overzicht, publiek): ${first.scripts.length} JS-bestanden, ${kB(raw)} ruw, ${kB(gzip)} gzip (budget 250 kB)`,
  );

  console.log(`\nPer weergave (mediaan van ${RUNS} keer laden, Chromium, demodata):`);
  console.log(
    'weergave                        gebruiker                         LCP (ms)   GraphQL-verzoeken',
  );
  for (const view of VIEWS) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, app, view));
    const lcp = median(runs.map((r) => r.lcp ?? Number.NaN));
    const requests = Math.max(...runs.map((r) => r.graphql));
    console.log(
      `${view.file.padEnd(31)} ${(view.user ?? 'publiek').padEnd(33)} ${String(Math.round(lcp)).padStart(8)}   ${requests}`,
    );
  }
  console.log('\nBudget: LCP onder 1500 ms, hoogstens 3 GraphQL-verzoeken per weergave (inclusief "me").');
} finally {
  await browser.close();
  await app.stop();
}
