import { hash, verify } from '@node-rs/argon2';

// argon2id with the OWASP-recommended minimum: 19 MiB memory, 2 passes, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

/**
 * The demo accounts' password, public on purpose (README). No password set through the API may be
 * this one, so only seeded accounts can hold it; production refuses to start while one does.
 */
export const DEMO_PASSWORD = 'demo-participatie';

export function hashPassword(password: string): Promise<string> {
  return hash(password, { ...OPTIONS, algorithm: 2 /* Algorithm.Argon2id */ });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
