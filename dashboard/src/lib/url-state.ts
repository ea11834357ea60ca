// Filters live in the URL so a copied link opens the same view with the same filters. Each view
// describes its filters as a codec (parse from / write to URLSearchParams, both pure and tested);
// this hook binds a codec to the router's search params.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

export interface UrlCodec<T> {
  parse(params: URLSearchParams): T;
  /** Only values that differ from the defaults are written, so links stay short. */
  write(value: T): URLSearchParams;
}

export function useUrlState<T>(codec: UrlCodec<T>): [T, (patch: Partial<T>) => void] {
  const [params, setParams] = useSearchParams();
  const value = useMemo(() => codec.parse(params), [codec, params]);
  // setSearchParams works from the params of the last render, so two quick changes (two selects in
  // a row) would lose the first. Each update therefore builds on the last URL it wrote until the
  // router has caught up with it.
  const pending = useRef<URLSearchParams | null>(null);
  const current = useRef(params);
  current.current = params;
  useEffect(() => {
    if (pending.current?.toString() === params.toString()) pending.current = null;
  }, [params]);
  const update = useCallback(
    (patch: Partial<T>) => {
      const next = codec.write({ ...codec.parse(pending.current ?? current.current), ...patch });
      pending.current = next;
      setParams(next, { replace: true });
    },
    [codec, setParams],
  );
  return [value, update];
}

/** One of the allowed values, or the fallback for anything else (hand-edited or stale links). */
export function oneOf<const V extends string>(value: string | null, allowed: readonly V[], fallback: V): V {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as V) : fallback;
}

/** "asc"/"desc" sort from a `sort` parameter like "name" or "-rate". */
export function parseSort(
  value: string | null,
  keys: readonly string[],
  fallback: { key: string; dir: 'asc' | 'desc' },
) {
  if (!value) return fallback;
  const dir = value.startsWith('-') ? 'desc' : 'asc';
  const key = value.replace(/^-/, '');
  return keys.includes(key) ? { key, dir: dir as 'asc' | 'desc' } : fallback;
}

export function writeSort(sort: { key: string; dir: 'asc' | 'desc' }): string {
  return sort.dir === 'desc' ? `-${sort.key}` : sort.key;
}
