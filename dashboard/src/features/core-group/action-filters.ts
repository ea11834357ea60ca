// The Kerngroep view's filters: kept in the URL (shareable), turned into the API's ActionFilter (the
// server filters; only the pillar, given as its code, is matched here) and a due window from today.
import { ACTION_STATUSES, type ActionStatus, addDays, PILLAR_CODES } from '@pm/domain';
import type { UrlCodec } from '../../lib/url-state';
import { oneOf, parseSort, writeSort } from '../../lib/url-state';

export const LATE_FILTERS = ['alle', 'ja', 'nee'] as const;
export const DUE_WINDOWS = ['alle', '7', '30', 'maand', 'verlopen'] as const;
export type DueWindow = (typeof DUE_WINDOWS)[number];
export const ACTION_SORT_KEYS = ['title', 'pillar', 'status', 'progress', 'responsible', 'due'] as const;

export interface ActionFilters {
  pillar: '' | (typeof PILLAR_CODES)[number];
  status: '' | ActionStatus;
  member: string;
  municipality: string;
  late: (typeof LATE_FILTERS)[number];
  due: DueWindow;
  search: string;
  sort: { key: string; dir: 'asc' | 'desc' };
  /** The opened action (detail panel), or ''. */
  action: string;
}

const id = (value: string | null) => (value && /^\d{1,12}$/.test(value) ? value : '');

export const actionCodec: UrlCodec<ActionFilters> = {
  parse: (params) => ({
    pillar: oneOf(params.get('pijler'), ['', ...PILLAR_CODES] as const, ''),
    status: oneOf(params.get('status'), ['', ...ACTION_STATUSES] as const, ''),
    member: id(params.get('eigenaar')),
    municipality: id(params.get('gemeente')),
    late: oneOf(params.get('laat'), LATE_FILTERS, 'alle'),
    due: oneOf(params.get('termijn'), DUE_WINDOWS, 'alle'),
    search: (params.get('zoek') ?? '').slice(0, 100),
    sort: parseSort(params.get('sort'), ACTION_SORT_KEYS, { key: 'due', dir: 'asc' }),
    action: id(params.get('actie')),
  }),
  write: (v) => {
    const params = new URLSearchParams();
    if (v.pillar) params.set('pijler', v.pillar);
    if (v.status) params.set('status', v.status);
    if (v.member) params.set('eigenaar', v.member);
    if (v.municipality) params.set('gemeente', v.municipality);
    if (v.late !== 'alle') params.set('laat', v.late);
    if (v.due !== 'alle') params.set('termijn', v.due);
    if (v.search.trim()) params.set('zoek', v.search);
    if (v.sort.key !== 'due' || v.sort.dir !== 'asc') params.set('sort', writeSort(v.sort));
    if (v.action) params.set('actie', v.action);
    return params;
  },
};

/** The first and last day of a due window, counted from the API's today (both inclusive). */
export function dueWindow(window: DueWindow, today: string): { dueFrom?: string; dueTo?: string } {
  switch (window) {
    case '7':
      return { dueFrom: today, dueTo: addDays(today, 7) };
    case '30':
      return { dueFrom: today, dueTo: addDays(today, 30) };
    case 'maand': {
      const first = `${today.slice(0, 7)}-01`;
      const nextMonth = addDays(first, 32).slice(0, 7);
      return { dueFrom: first, dueTo: addDays(`${nextMonth}-01`, -1) };
    }
    case 'verlopen':
      return { dueTo: addDays(today, -1) };
    default:
      return {};
  }
}

/** The API's ActionFilter for these filters (pillar excluded: it is matched by code in the view). */
export function toActionFilter(filters: ActionFilters, today: string) {
  return {
    ...(filters.status && { statuses: [filters.status] }),
    ...(filters.member && { memberId: filters.member }),
    ...(filters.municipality && { municipalityId: filters.municipality }),
    ...(filters.late !== 'alle' && { late: filters.late === 'ja' }),
    ...(filters.search.trim() && { search: filters.search.trim() }),
    ...dueWindow(filters.due, today),
  };
}
