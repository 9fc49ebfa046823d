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
import { startTransition, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { scrollForNewEntry } from '@/lib/scroll-restoration';

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
 *
 * A change shows at once and the router follows in a transition (as nuqs updates its hooks
 * before the URL): the tap's own task renders the page with the new values, and the history
 * entry is added then too, but the router's render of everything that reads the location
 * (every link, the routes, their effects) comes after the frame is painted
 * (docs/decisions/0042). Until the router has the new URL, the values are the ones written.
 */
export function useUrlState<S extends Spec>(spec: S) {
  const [params, setParams] = useSearchParams();
  const [ahead, setAhead] = useState<Ahead | null>(null);
  const shown = ahead?.of === params ? ahead.next : params;
  // The router's params and the latest written, for handlers and delayed writes. Updated as
  // the router's render is committed, so that a write made right after it merges into it; a
  // write sets `latest` itself, so that the next merges into it before the router has it.
  const routerParams = useRef(params);
  const latest = useRef(params);
  useLayoutEffect(() => {
    routerParams.current = params;
    latest.current = params;
  }, [params]);
  const values = useMemo(() => readUrlState(spec, shown), [spec, shown]);
  const set = useCallback(
    (change: Partial<Values<S>>, options: WriteOptions = {}) => {
      const next = writeUrlState(spec, latest.current, change);
      latest.current = next;
      setAhead({ of: routerParams.current, next });
      if (!options.replace && !options.preventScrollReset) scrollForNewEntry();
      startTransition(() => setParams(next, options));
    },
    [spec, setParams],
  );
  return [values, set] as const;
}

/** Params written while the router still has `of`. */
interface Ahead {
  of: URLSearchParams;
  next: URLSearchParams;
}

/** `list` with `value` added, or removed if it is there. */
export function toggled(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
