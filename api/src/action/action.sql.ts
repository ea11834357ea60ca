// The lateness rules of libs/domain (isActionLate, isMilestoneLate) as SQL, for filters and figures.
// One place, so the list filter, the weekly view and the dashboard counts cannot drift apart; the
// integration tests compare them with the domain functions on generated data.

/** Past due (before today) and neither done nor dropped; an action without a due date is never late. */
export const actionLateSql = (alias: string, today: string): string =>
  `(${alias}.due_on < ${today} AND ${alias}.status NOT IN ('DONE', 'DROPPED'))`;

/** Past due (before today) and not reached. */
export const milestoneLateSql = (alias: string, today: string): string =>
  `(${alias}.due_on < ${today} AND ${alias}.done_on IS NULL)`;

/** Open: neither done nor dropped. */
export const actionOpenSql = (alias: string): string => `${alias}.status NOT IN ('DONE', 'DROPPED')`;
