import type { Messages } from './i18n';

// The six views, in the order of PRODUCT.md §5.
export interface NavItem {
  path: string;
  label: (m: Messages) => string;
}

export const NAV: readonly NavItem[] = [
  { path: '/', label: (m) => m.nav.overview },
  { path: '/gemeenten', label: (m) => m.nav.municipalities },
  { path: '/aanbieders', label: (m) => m.nav.providers },
  { path: '/kerngroep', label: (m) => m.nav.coreGroup },
  { path: '/clientenraad', label: (m) => m.nav.council },
  { path: '/wmcz', label: (m) => m.nav.wmcz },
];
