import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../app/i18n';
import { type SortDirection, sortRows } from '../lib/sort';

export type { SortDirection } from '../lib/sort';

export interface SortState {
  key: string;
  dir: SortDirection;
}

export interface Column<T> {
  key: string;
  header: ReactNode;
  /** Plain-text header for the sort button's accessible description (defaults to `header` when a string). */
  headerText?: string;
  cell: (row: T) => ReactNode;
  /** Makes the column sortable; null values sort last in both directions. */
  sortValue?: (row: T) => string | number | boolean | null | undefined;
  align?: 'start' | 'end';
  /** Render this column's cells as row headers (th scope="row"). */
  rowHeader?: boolean;
}

export interface DataTableProps<T> {
  caption: ReactNode;
  /** Keep the caption for screen readers only (when a visible heading already says the same). */
  captionHidden?: boolean;
  columns: ReadonlyArray<Column<T>>;
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Controlled sort (e.g. kept in the URL); without it the table sorts itself from `initialSort`. */
  sort?: SortState | null;
  onSortChange?: (sort: SortState) => void;
  initialSort?: SortState | null;
  /** Extra rows below the data (region average, totals). */
  footer?: ReactNode;
  /** Row selection (bulk actions): keys of the selected rows and a label per row for its checkbox. */
  selection?: {
    selected: ReadonlySet<string>;
    onChange(next: Set<string>): void;
    rowLabel(row: T): string;
  };
  rowClassName?: (row: T) => string | undefined;
  testId?: string;
}

/**
 * True when the element is wider than its box: a horizontally scrolling table must then be reachable
 * by keyboard (WCAG 2.1.1), so its wrapper becomes a focusable, labelled region.
 */
function useOverflows(ref: React.RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}

export function DataTable<T>(props: DataTableProps<T>) {
  const { m, lang } = useI18n();
  const [ownSort, setOwnSort] = useState<SortState | null>(props.initialSort ?? null);
  const sort = props.sort !== undefined ? props.sort : ownSort;

  const rows = useMemo(() => {
    const column = sort && props.columns.find((c) => c.key === sort.key);
    if (!sort || !column?.sortValue) return props.rows;
    return sortRows(props.rows, column.sortValue, sort.dir, lang === 'nl' ? 'nl-NL' : 'en-GB');
  }, [props.rows, props.columns, sort, lang]);

  const changeSort = (key: string) => {
    const next: SortState = { key, dir: sort?.key === key && sort.dir === 'asc' ? 'desc' : 'asc' };
    if (props.onSortChange) props.onSortChange(next);
    if (props.sort === undefined) setOwnSort(next);
  };

  const selection = props.selection;
  const scrollRef = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(scrollRef);
  const allKeys = rows.map(props.rowKey);
  const allSelected = !!selection && allKeys.length > 0 && allKeys.every((k) => selection.selected.has(k));

  return (
    <div
      className="table-scroll"
      data-testid={props.testId}
      ref={scrollRef}
      {...(overflows && {
        tabIndex: 0,
        role: 'region',
        'aria-label': typeof props.caption === 'string' ? props.caption : m.table.scrollable,
      })}
    >
      <table className="data-table">
        <caption className={props.captionHidden ? 'visually-hidden' : undefined}>{props.caption}</caption>
        <thead>
          <tr>
            {selection && (
              <th scope="col" className="select-cell">
                <input
                  type="checkbox"
                  aria-label={m.table.selectAll}
                  checked={allSelected}
                  onChange={(e) => selection.onChange(new Set(e.target.checked ? allKeys : []))}
                />
              </th>
            )}
            {props.columns.map((column) => {
              const active = sort?.key === column.key;
              const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={column.sortValue ? (ariaSort ?? 'none') : undefined}
                  className={column.align === 'end' ? 'num' : undefined}
                >
                  {column.sortValue ? (
                    <button type="button" className="sort-button" onClick={() => changeSort(column.key)}>
                      {column.header}
                      <span aria-hidden="true" className="sort-icon">
                        {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                      <span className="visually-hidden">
                        {active
                          ? sort.dir === 'asc'
                            ? m.table.sortedAscending
                            : m.table.sortedDescending
                          : m.table.sortable}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = props.rowKey(row);
            return (
              <tr key={key} className={props.rowClassName?.(row)} data-row-key={key}>
                {selection && (
                  <td className="select-cell">
                    <input
                      type="checkbox"
                      aria-label={selection.rowLabel(row)}
                      checked={selection.selected.has(key)}
                      onChange={(e) => {
                        const next = new Set(selection.selected);
                        if (e.target.checked) next.add(key);
                        else next.delete(key);
                        selection.onChange(next);
                      }}
                    />
                  </td>
                )}
                {props.columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row" className={column.align === 'end' ? 'num' : undefined}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={column.align === 'end' ? 'num' : undefined}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
        {props.footer && <tfoot>{props.footer}</tfoot>}
      </table>
    </div>
  );
}
