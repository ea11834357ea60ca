// Sorting for tables: pure, so it is unit-tested without a browser.

export type SortDirection = 'asc' | 'desc';

/** Sorts rows by a column (pure; exported for tests): strings by the language's collation, nulls last. */
export function sortRows<T>(
  rows: readonly T[],
  sortValue: (row: T) => string | number | boolean | null | undefined,
  dir: SortDirection,
  locale = 'nl-NL',
): T[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row) }))
    .sort((a, b) => {
      const aNull = a.value === null || a.value === undefined;
      const bNull = b.value === null || b.value === undefined;
      if (aNull || bNull) return aNull === bNull ? a.index - b.index : aNull ? 1 : -1;
      let order: number;
      if (typeof a.value === 'string' && typeof b.value === 'string')
        order = collator.compare(a.value, b.value);
      else order = Number(a.value) - Number(b.value);
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((entry) => entry.row);
}
