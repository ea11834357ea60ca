import fs from 'node:fs';
import path from 'node:path';

/** Injection token for the validated AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  sessionSecret: string;
  /** Load the fictional Zuid-Limburg demo data into an empty database on start. */
  demoData: boolean;
  /** Send the session cookie with the Secure attribute (HTTPS only). */
  cookieSecure: boolean;
  dashboardDir: string;
  /** Pins "today" (YYYY-MM-DD) for demos and tests; null means the real date in Europe/Amsterdam. */
  today: string | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
  }
}

const DEV_SESSION_SECRET = 'development-only-session-secret-not-for-production';

// The repository root holds package-lock.json; found by walking up so source and build agree.
function findRepoRoot(start: string): string {
  for (let dir = start; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package-lock.json'))) return dir;
  }
  return process.cwd();
}
export const repoRoot = findRepoRoot(__dirname);

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

/**
 * Reads and validates the environment once. This is the only place that reads process.env; the first
 * bad variable throws a ConfigError naming it, so the app stops before it listens.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test, got "${nodeEnvRaw}"`);
  }
  const nodeEnv = nodeEnvRaw as NodeEnv;

  const portRaw = env.PORT ?? '3000';
  const port = Number(portRaw);
  if (!/^\d+$/.test(portRaw) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `must be a whole number from 0 to 65535, got "${portRaw}"`);
  }

  const host = env.HOST ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:\-[\]]+$/.test(host)) {
    throw new ConfigError('HOST', `must be a host name or IP address, got "${host}"`);
  }

  let databaseUrl: string | null = null;
  if (env.DATABASE_URL !== undefined && env.DATABASE_URL !== '') {
    let parsed: URL;
    try {
      parsed = new URL(env.DATABASE_URL);
    } catch {
      throw new ConfigError(
        'DATABASE_URL',
        'is not a valid URL (expected postgres://user:password@host:port/db)',
      );
    }
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
      throw new ConfigError(
        'DATABASE_URL',
        `must start with postgres:// or postgresql://, got "${parsed.protocol}//"`,
      );
    }
    databaseUrl = env.DATABASE_URL;
  }

  const dataDirRaw = env.DATA_DIR ?? '.data';
  if (dataDirRaw.trim() === '') throw new ConfigError('DATA_DIR', 'must not be empty');
  const dataDir = path.resolve(repoRoot, dataDirRaw);

  const sessionSecret = env.SESSION_SECRET ?? '';
  if (nodeEnv === 'production' && sessionSecret === '') {
    throw new ConfigError('SESSION_SECRET', 'is required in production (at least 32 characters)');
  }
  if (sessionSecret !== '' && sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET', `must be at least 32 characters, got ${sessionSecret.length}`);
  }

  const today = env.TODAY ?? '';
  if (today !== '' && !isCalendarDate(today)) {
    throw new ConfigError('TODAY', `must be a date YYYY-MM-DD that exists, got "${today}"`);
  }
  if (today !== '' && nodeEnv === 'production') {
    throw new ConfigError('TODAY', 'may not be set in production (it pins the date used for deadlines)');
  }

  return {
    nodeEnv,
    today: today || null,
    port,
    host,
    databaseUrl,
    dataDir,
    sessionSecret: sessionSecret || DEV_SESSION_SECRET,
    demoData: parseBoolean('DEMO_DATA', env.DEMO_DATA, nodeEnv !== 'production'),
    cookieSecure: parseBoolean('COOKIE_SECURE', env.COOKIE_SECURE, nodeEnv === 'production'),
    dashboardDir: path.join(repoRoot, 'dashboard', 'dist'),
  };
}
