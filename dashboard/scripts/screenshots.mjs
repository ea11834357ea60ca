// `npm run screenshots`: a PNG of every view in Dutch at 1366×768 into docs/screenshots/ (committed;
// the README shows the overview). Builds first (see package.json), then runs the app on the demo data.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, resolvePath, ROOT, signIn, startDemoApp, VIEWS, waitForView } from './demo-app.mjs';

const outDir = path.join(ROOT, 'docs', 'screenshots');
mkdirSync(outDir, { recursive: true });

const app = await startDemoApp();
const browser = await launchChromium();
try {
  for (const view of VIEWS) {
    const context = await browser.newContext({
      baseURL: app.url,
      viewport: { width: 1366, height: 768 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    if (view.user) await signIn(page, view.user);
    await page.goto(await resolvePath(app.url, view.path));
    await waitForView(page);
    // Let charts measure their container before the picture is taken.
    await page.waitForTimeout(300);
    const file = path.join(outDir, `${view.file}.png`);
    await page.screenshot({ path: file, fullPage: false });
    console.log(`${path.relative(ROOT, file)}  (${view.user ?? 'publiek'})`);
    await context.close();
  }
} finally {
  await browser.close();
  await app.stop();
}
