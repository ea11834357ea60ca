// Organisation facts shared by the API (validation) and the dashboard (labels).

/** Roles a signed-in user can have; not signed in is the public. See PRODUCT.md §4. */
export const ROLES = ['ADMIN', 'POLICY_OFFICER', 'CORE_GROUP', 'COUNCIL_MEMBER', 'PROVIDER_BOARD'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { nl: string; en: string }> = {
  ADMIN: { nl: 'Regiobeheerder', en: 'Regional administrator' },
  POLICY_OFFICER: { nl: 'Beleidsmedewerker gemeente', en: 'Municipal policy officer' },
  CORE_GROUP: { nl: 'Kerngroeplid', en: 'Core group member' },
  COUNCIL_MEMBER: { nl: 'Lid cliëntenraad', en: 'Client council member' },
  PROVIDER_BOARD: { nl: 'Bestuurder aanbieder', en: 'Provider board' },
};

export const COUNCIL_KINDS = [
  'CLIENTENRAAD',
  'JONGERENRAAD',
  'OUDERRAAD',
  'PLEEGOUDERRAAD',
  'CENTRALE_CLIENTENRAAD',
] as const;
export type CouncilKind = (typeof COUNCIL_KINDS)[number];

export const COUNCIL_KIND_LABELS: Record<CouncilKind, { nl: string; en: string }> = {
  CLIENTENRAAD: { nl: 'Cliëntenraad', en: 'Client council' },
  JONGERENRAAD: { nl: 'Jongerenraad', en: 'Youth council' },
  OUDERRAAD: { nl: 'Ouderraad', en: 'Parent council' },
  PLEEGOUDERRAAD: { nl: 'Pleegouderraad', en: 'Foster parent council' },
  CENTRALE_CLIENTENRAAD: { nl: 'Centrale cliëntenraad', en: 'Central client council' },
};

/** CBS municipality code: "GM" followed by four digits, e.g. GM0935 for Maastricht. */
export function isCbsCode(value: string): boolean {
  return /^GM\d{4}$/.test(value);
}

/** Dutch Chamber of Commerce (KvK) number: exactly eight digits. */
export function isKvkNumber(value: string): boolean {
  return /^\d{8}$/.test(value);
}

/** Shortest and longest advice term a council can agree in its regulation, in calendar days. */
export const ADVICE_TERM_MIN_DAYS = 1;
export const ADVICE_TERM_MAX_DAYS = 365;

/**
 * The advice term in force on a date, from a council's term history: the latest term that started on
 * or before the date. For a date before the first recorded term the first term is used, because the
 * regulation's original agreement is the best evidence of what was agreed then.
 */
export function adviceTermOn(
  terms: ReadonlyArray<{ termDays: number; validFrom: string }>,
  date: string,
): number | null {
  const sorted = [...terms].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  let current = sorted[0]?.termDays ?? null;
  for (const term of sorted) if (term.validFrom <= date) current = term.termDays;
  return current;
}
