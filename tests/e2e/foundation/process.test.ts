import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../api/src/auth/password';
import { freePort, tempClusterDir } from '../../../api/src/database/embedded-postgres';
import { createTestDatabase } from '../../support/database';
import { runApp, type Started, waitFor } from '../../support/process';

function listening(output: string): boolean {
  return output.includes('Participatiemonitor draait op');
}

function postgresPids(dataDir: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return cmd.includes('postgres') && cmd.includes(dataDir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('the app as a process', () => {
  const dataDir = tempClusterDir('proc');
  let first: Started;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    first = runApp({ DATA_DIR: dataDir, PORT: String(port), TODAY: '2026-11-23' });
    await waitFor(() => listening(first.output()), 110_000, 'first start', first.output);
  });
  afterAll(async () => {
    first.child.kill('SIGTERM');
    await first.exited;
  });

  it('starts on the embedded database, seeds the demo data and prints the address and demo sign-ins', async () => {
    expect(first.output()).toContain(`http://127.0.0.1:${port}`);
    expect(first.output()).toContain('beheer@demo.example');
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ municipalities { totalItems } }' }),
    });
    expect(await res.json()).toEqual({ data: { municipalities: { totalItems: 16 } } });
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });

  it('refuses a second start on the same DATA_DIR with a clear message and leaves the first unharmed', async () => {
    const second = runApp({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/al in gebruik door een ander proces/);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(ready.status).toBe(200);
  });

  // Each step starts the app once more; under load one start can take tens of seconds, so each
  // step is its own test with room for a slow start (the waits inside stay bounded).
  const slowStart = 180_000;

  it(
    'stops on SIGINT without leaving a process behind',
    async () => {
      first.child.kill('SIGINT');
      expect(await first.exited).toBe(0);
      expect(postgresPids(dataDir)).toEqual([]);
    },
    slowStart,
  );

  it(
    'keeps the data for the next start instead of seeding again',
    async () => {
      const again = runApp({ DATA_DIR: dataDir, PORT: String(port) });
      await waitFor(() => listening(again.output()), 120_000, 'restart', again.output);
      expect(again.output()).not.toContain('Demodata Zuid-Limburg geladen'); // reused, not reseeded
      again.child.kill('SIGTERM');
      expect(await again.exited).toBe(0);
    },
    slowStart,
  );

  it(
    'clears the postmaster.pid a killed run left behind',
    async () => {
      const stale = runApp({ DATA_DIR: dataDir, PORT: String(port) });
      await waitFor(() => listening(stale.output()), 120_000, 'start before kill', stale.output);
      for (const pid of postgresPids(dataDir)) process.kill(pid, 'SIGKILL');
      stale.child.kill('SIGKILL');
      await stale.exited;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);
      first = runApp({ DATA_DIR: dataDir, PORT: String(port) });
      await waitFor(() => listening(first.output()), 120_000, 'start after a killed run', first.output);
    },
    slowStart,
  );
});

describe('start-up faults', () => {
  it.each([
    ['PORT', { PORT: 'abc' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x@y/z' }],
    ['SESSION_SECRET', { NODE_ENV: 'production' }],
    ['TODAY', { TODAY: '2025-02-30' }],
  ])('stops with exit code 1 and one line naming %s when it is invalid', async (variable, env) => {
    const run = runApp(env);
    expect(await run.exited).toBe(1);
    const lines = run.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(variable);
  });

  it('stops with a clear message when DATABASE_URL points nowhere, without hanging', async () => {
    const port = await freePort(); // nothing listens there
    const started = Date.now();
    const run = runApp({ DATABASE_URL: `postgres://u:p@127.0.0.1:${port}/none` });
    expect(await run.exited).toBe(1);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.output()).toMatch(/DATABASE_URL/);
  });

  it('stops with a clear message when the port is in use', async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const run = runApp({ DATA_DIR: tempClusterDir('busy'), PORT: String(port) });
      expect(await run.exited).toBe(1);
      expect(run.output()).toMatch(new RegExp(`poort ${port}.*in gebruik`));
    } finally {
      blocker.close();
    }
  });
});

describe('a production start', () => {
  it('is refused while an active account still has the demo password, and goes ahead once none has', async () => {
    const db = await createTestDatabase();
    try {
      const port = String(await freePort());
      // A development start seeds the demo accounts, all with the public demo password.
      const dev = runApp({ DATABASE_URL: db.url, PORT: port, TODAY: '2026-11-23' });
      await waitFor(() => listening(dev.output()), 120_000, 'development start', dev.output);
      dev.child.kill('SIGTERM');
      expect(await dev.exited, dev.output()).toBe(0);

      const production = {
        DATABASE_URL: db.url,
        PORT: port,
        NODE_ENV: 'production',
        SESSION_SECRET: 's'.repeat(40),
      };
      const refused = runApp(production);
      expect(await refused.exited).toBe(1);
      expect(refused.output()).toMatch(/account \S+@demo\.example heeft nog het demowachtwoord/);

      // Disabled accounts do not count; an active one with its own password does not block.
      await db.dataSource.query(
        `UPDATE app_user SET disabled_at = now() WHERE email <> 'beheer@demo.example'`,
      );
      await db.dataSource.query(
        `UPDATE app_user SET password_hash = $1 WHERE email = 'beheer@demo.example'`,
        [await hashPassword('een-eigen-wachtwoord-2026')],
      );
      const started = runApp(production);
      await waitFor(() => listening(started.output()), 120_000, 'production start', started.output);
      started.child.kill('SIGTERM');
      expect(await started.exited).toBe(0);
    } finally {
      await db.drop();
    }
  }, 300_000);
});
