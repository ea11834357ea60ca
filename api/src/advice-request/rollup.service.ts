import type { EntityManager } from 'typeorm';

/** Placeholder until the rollup exists. */
export async function rebuildRegisterRollup(_manager: EntityManager): Promise<void> {}
