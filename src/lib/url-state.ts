/**
 * The one URL-state layer (docs/decisions/0016-url-state.md): each page describes its query
 * parameters once, as parsers, and reads and writes them through `useUrlState`. Modelled on
 * nuqs (`parseAsString`, `parseAsArrayOf`, …), which does not fit the first bundle's budget.
 *
 * - Reading parses the current URL; a value that does not parse is the parameter's default.
 * - Writing merges the change into the latest URL (not the one of the last render, so a
 *   delayed write never undoes a newer change), keeps every parameter it does not describe,
 *   and leaves a default out of the URL.
 * - Text typed into a box that lives in the URL goes through `useUrlText` (./url-text.ts).
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

/** How one query parameter reads and writes. */
export interface Param<T> {
  read(params: URLSearchParams, name: string): T;
  /** Writes `value` under `name` (already cleared); a default writes nothing. */
  write(params: URLSearchParams, name: string, value: T): void;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const param = {
  /** Text; '' when absent. */
  string: (): Param<string> => ({
    read: (p, n) => p.get(n) ?? '',
    write: (p, n, v) => {
      if (v.trim()) p.set(n, v);
    },
  }),
  /** A calendar date YYYY-MM-DD; '' when absent or not a date. */
  date: (): Param<string> => ({
    read: (p, n) => {
      const v = p.get(n) ?? '';
      return DATE.test(v) ? v : '';
    },
    write: (p, n, v) => {
      if (DATE.test(v)) p.set(n, v);
    },
  }),
  /** Repeated values (`?cat=a&cat=b`), each once, in order. */
  list: (): Param<string[]> => ({
    read: (p, n) => [...new Set(p.getAll(n))],
    write: (p, n, v) => {
      for (const item of new Set(v)) p.append(n, item);
    },
  }),
  /** A switch: on when the parameter has this value (`?hide=read`). */
  flag: (value: string): Param<boolean> => ({
    read: (p, n) => p.get(n) === value,
    write: (p, n, v) => {
      if (v) p.set(n, value);
    },
  }),
};

export type Spec = Record<string, Param<unknown>>;
export type Values<S extends Spec> = { [K in keyof S]: S[K] extends Param<infer T> ? T : never };

export function readUrlState<S extends Spec>(spec: S, params: URLSearchParams): Values<S> {
  const out: Partial<Values<S>> = {};
  for (const name of Object.keys(spec) as (keyof S & string)[])
    out[name] = spec[name]!.read(params, name) as Values<S>[typeof name];
  return out as Values<S>;
}

/** A copy of `params` with `change` written in; parameters outside `spec` are kept. */
export function writeUrlState<S extends Spec>(
  spec: S,
  params: URLSearchParams,
  change: Partial<Values<S>>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.keys(change) as (keyof S & string)[]) {
    next.delete(name);
    spec[name]!.write(next, name, change[name]);
  }
  return next;
}

export interface WriteOptions {
  /** Replace the history entry (typing), instead of adding one (a choice to go Back from). */
  replace?: boolean;
  preventScrollReset?: boolean;
}

/**
 * The parameters of `spec` (a module-level constant) in the current URL, and a setter that
 * merges a change into the latest URL.
 */
export function useUrlState<S extends Spec>(spec: S) {
  const [params, setParams] = useSearchParams();
  // The latest params for handlers and delayed writes (updated after each render).
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const values = useMemo(() => readUrlState(spec, params), [spec, params]);
  const set = useCallback(
    (change: Partial<Values<S>>, options: WriteOptions = {}) => {
      const next = writeUrlState(spec, latest.current, change);
      latest.current = next;
      setParams(next, options);
    },
    [spec, setParams],
  );
  return [values, set] as const;
}

/** `list` with `value` added, or removed if it is there. */
export function toggled(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
