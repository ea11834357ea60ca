// Which rows count in the public aggregates (PRODUCT.md §4): only those of organisations that opted in
// to publication (provider.publish_aggregates, municipality.publish_aggregates; setPublication).
// Signed-in users see every organisation; these conditions apply to the public (signed-out) paths only.

/** The provider with this id (an SQL expression) opted in. */
export const providerPublishesSql = (providerId: string): string =>
  `EXISTS (SELECT 1 FROM provider pub_p WHERE pub_p.id = ${providerId} AND pub_p.publish_aggregates)`;

/** The municipality with this id (an SQL expression) opted in. */
export const municipalityPublishesSql = (municipalityId: string): string =>
  `EXISTS (SELECT 1 FROM municipality pub_m WHERE pub_m.id = ${municipalityId} AND pub_m.publish_aggregates)`;

/** A region-wide activity or indicator (no municipality), or one of a municipality that opted in. */
export const ofPublishingMunicipalitySql = (municipalityIdColumn: string): string =>
  `(${municipalityIdColumn} IS NULL OR ${municipalityPublishesSql(municipalityIdColumn)})`;

/**
 * A region-wide action, or one whose involved municipalities all opted in: an action shared with a
 * municipality that did not opt in would show that municipality's work, so it stays out.
 */
export const actionPublishedSql = (action: string): string =>
  `(${action}.region_wide OR NOT EXISTS (
      SELECT 1 FROM action_municipality pub_am JOIN municipality pub_am_m ON pub_am_m.id = pub_am.municipality_id
       WHERE pub_am.action_id = ${action}.id AND NOT pub_am_m.publish_aggregates))`;
