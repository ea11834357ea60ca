// Language for the whole interface: Dutch by default, English one click away, the choice remembered
// in localStorage. Every visible string comes from nl.ts / en.ts; numbers and dates from lib/format.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import {
  formatDate,
  formatDecimal,
  formatLongDate,
  formatMonth,
  formatNumber,
  formatPercent,
  type Lang,
} from '../../lib/format';
import { type Messages, nl } from './nl';

export type { Lang } from '../../lib/format';
export type { Messages } from './nl';

export const LANG_STORAGE_KEY = 'pm.lang';
// Dutch ships with the first view; English is fetched when someone chooses it (or chose it before).
const loaded: Partial<Record<Lang, Messages>> = { nl };

/** The messages of a language, fetching the English file the first time it is needed. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  loaded[lang] ??= lang === 'en' ? (await import('./en')).en : nl;
  return loaded[lang]!;
}

export function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** Formatting bound to the current language. */
export interface Formatter {
  number(value: number, maximumFractionDigits?: number): string;
  decimal(value: number, digits?: number): string;
  percent(share: number, digits?: number): string;
  date(day: string): string;
  longDate(day: string): string;
  month(month: string): string;
  /** A bilingual label from libs/domain ({ nl, en }). */
  label(label: { nl: string; en: string }): string;
}

export interface I18n {
  lang: Lang;
  m: Messages;
  fmt: Formatter;
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  children,
  initial,
}: {
  children: ReactNode;
  initial?: { lang: Lang; messages: Messages };
}) {
  const [state, setState] = useState<{ lang: Lang; messages: Messages }>(
    initial ?? { lang: 'nl', messages: nl },
  );
  const lang = state.lang;
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    void loadMessages(next).then((messages) => setState({ lang: next, messages }));
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      m: state.messages,
      setLang,
      fmt: {
        number: (value, digits) => formatNumber(value, lang, digits),
        decimal: (value, digits) => formatDecimal(value, lang, digits),
        percent: (value, digits) => formatPercent(value, lang, digits),
        date: (day) => formatDate(day, lang),
        longDate: (day) => formatLongDate(day, lang),
        month: (month) => formatMonth(month, lang),
        label: (label) => label[lang],
      },
    }),
    [lang, state.messages, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
