import type { EntityManager } from 'typeorm';
import { demoKvkNumber, MUNICIPALITIES, PROVIDERS } from './demo-organisations';

/**
 * Which demo organisations consented to publication (PRODUCT.md §4), fixed so tests and screenshots
 * agree: every provider except each third one in PROVIDERS (index 0, 3, 6 …, so the largest, Kompasroos,
 * is not public), and every current municipality except the five below.
 */
export const PUBLISHING_PROVIDER_KEYS: readonly string[] = PROVIDERS.filter(
  (_, index) => index % 3 !== 0,
).map((p) => p.key);
const NOT_PUBLISHING_MUNICIPALITIES = new Set(['GM0928', 'GM0965', 'GM1954', 'GM0971', 'GM0981']);
export const PUBLISHING_MUNICIPALITY_CODES: readonly string[] = MUNICIPALITIES.filter(
  (m) => !m.validTo && !NOT_PUBLISHING_MUNICIPALITIES.has(m.cbsCode),
).map((m) => m.cbsCode);

/** Idempotent: sets the demo consent once; skipped when any organisation already publishes. */
export async function seedPublication(manager: EntityManager, log: (line: string) => void): Promise<void> {
  const [{ n }] = await manager.query(
    `SELECT (SELECT count(*) FROM provider WHERE publish_aggregates)
          + (SELECT count(*) FROM municipality WHERE publish_aggregates) AS n`,
  );
  if (Number(n) > 0) return;
  const kvkNumbers = PUBLISHING_PROVIDER_KEYS.map((key) =>
    demoKvkNumber(PROVIDERS.findIndex((p) => p.key === key)),
  );
  await manager.query(`UPDATE provider SET publish_aggregates = true WHERE kvk_number = ANY($1)`, [
    kvkNumbers,
  ]);
  await manager.query(`UPDATE municipality SET publish_aggregates = true WHERE cbs_code = ANY($1)`, [
    PUBLISHING_MUNICIPALITY_CODES,
  ]);
  log(
    `Publicatie: ${PUBLISHING_PROVIDER_KEYS.length} aanbieders en ${PUBLISHING_MUNICIPALITY_CODES.length} gemeenten stemden in`,
  );
}
