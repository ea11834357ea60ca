import 'reflect-metadata';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/config';
import { connectDatabase, type Database } from './database/connect';
import { DataDirInUseError } from './database/embedded-postgres';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-users';
import { assertNoDemoPasswords, seedDemoDataIfEmpty } from './seed/seed.service';

const log = (line: string) => console.log(line);

function fail(message: string): never {
  console.error(`Participatiemonitor start niet: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const started = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(`ongeldige configuratie — ${error.message}`);
    throw error;
  }

  let db: Database;
  try {
    db = await connectDatabase(config, log);
  } catch (error) {
    if (error instanceof DataDirInUseError) fail(error.message);
    fail(error instanceof Error ? error.message : String(error));
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal} ontvangen: afsluiten…`);
    const timer = setTimeout(() => process.exit(1), 10_000);
    try {
      await app?.close();
    } finally {
      await db.close();
      clearTimeout(timer);
      process.exit(0);
    }
  };
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    if (config.demoData) await seedDemoDataIfEmpty(db.dataSource, log);
    if (config.nodeEnv === 'production') await assertNoDemoPasswords(db.dataSource);
    app = await createApp(config, db.dataSource);
    await app.listen(config.port, config.host);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await db.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`poort ${config.port} op ${config.host} is al in gebruik (PORT).`);
    if (code === 'EADDRNOTAVAIL') fail(`adres ${config.host} is op deze machine niet beschikbaar (HOST).`);
    fail(error instanceof Error ? error.message : String(error));
  }

  const address = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const banner = [
    `Participatiemonitor draait op ${address}  (GraphQL: ${address}/graphql, gestart in ${Date.now() - started} ms)`,
  ];
  if (config.demoData && config.nodeEnv !== 'production') {
    banner.push(`Demo-inloggegevens (wachtwoord voor allemaal: ${DEMO_PASSWORD}):`);
    for (const user of DEMO_USERS) banner.push(`  ${user.role.padEnd(15)} ${user.email}`);
  }
  // One write, so whoever watches the output sees the address and the sign-ins together.
  log(banner.join('\n'));
}

void main();
