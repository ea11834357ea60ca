import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { createDataSource } from './data-source';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

export interface Database {
  dataSource: DataSource;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded server in DATA_DIR/postgres when there is none,
 * and applies pending migrations. Errors carry a message fit to print as the one line on exit.
 */
export async function connectDatabase(config: AppConfig, log: (line: string) => void): Promise<Database> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dir: path.join(config.dataDir, 'postgres'),
      database: 'participatiemonitor',
      // Only our own notes; the server's own chatter stays out of the console.
      log: (line) => {
        if (line.startsWith('Map ')) log(line);
      },
    });
    url = embedded.url;
    log(`Ingebouwde PostgreSQL gestart op 127.0.0.1:${embedded.port} (data in ${config.dataDir})`);
  }
  const dataSource = createDataSource({ url });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Kan geen verbinding maken met de database (DATABASE_URL): ${reason}`);
  }
  // The pg pool emits 'error' when an idle client loses its server; without a listener the process dies.
  const driver = dataSource.driver as unknown as {
    master?: { on(event: string, cb: (e: Error) => void): void };
  };
  let closing = false;
  driver.master?.on('error', (error) => {
    if (!closing) log(`Databaseverbinding verbroken: ${error.message}`);
  });
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) log(`${applied.length} migratie(s) uitgevoerd`);
  return {
    dataSource,
    embedded,
    async close() {
      closing = true;
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
