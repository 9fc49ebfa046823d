/**
 * `useUrlState` (src/lib/url-state.ts): a change shows at once and the router follows in a
 * transition; what a page sees of it, and of Back.
 */
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { beforeEach, expect, it, vi } from 'vitest';
import { param, useUrlState } from '@/lib/url-state';

const spec = { cat: param.list(), q: param.string() };

function useProbe() {
  const [values, set] = useUrlState(spec);
  return { values, set, location: useLocation(), navigate: useNavigate() };
}

// jsdom does not scroll: the calls are what is checked.
let scrollTo = vi.fn();
beforeEach(() => {
  scrollTo = vi.fn();
  vi.spyOn(window, 'scrollTo').mockImplementation(scrollTo);
});

const wrapper = ({ children }: { children: ReactNode }) => (
  <MemoryRouter initialEntries={['/daily/2026-06-30?lang=zh']}>{children}</MemoryRouter>
);

it('a change is shown and written as a new history entry; Back shows the values before it again', () => {
  const { result } = renderHook(useProbe, { wrapper });
  act(() => result.current.set({ cat: ['cs.LG'] }));
  expect(result.current.values.cat).toEqual(['cs.LG']);
  expect(result.current.location.search).toBe('?lang=zh&cat=cs.LG');
  act(() => result.current.set({ cat: ['cs.LG', 'cs.CV'] }));
  expect(result.current.values.cat).toEqual(['cs.LG', 'cs.CV']);
  act(() => void result.current.navigate(-1));
  expect(result.current.values.cat).toEqual(['cs.LG']);
  act(() => void result.current.navigate(-1));
  expect(result.current.values.cat).toEqual([]);
  expect(result.current.location.search).toBe('?lang=zh');
});

it('changes made one after another, before the router has rendered the first, all reach the URL', () => {
  const { result } = renderHook(useProbe, { wrapper });
  act(() => {
    result.current.set({ cat: ['cs.LG'] });
    result.current.set({ q: 'graph' }, { replace: true });
  });
  expect(result.current.values).toEqual({ cat: ['cs.LG'], q: 'graph' });
  expect(result.current.location.search).toBe('?lang=zh&cat=cs.LG&q=graph');
});

it('a new entry starts at the top at once; a replaced one (typing) and preventScrollReset keep the position', () => {
  const { result } = renderHook(useProbe, { wrapper });
  act(() => result.current.set({ q: 'gra' }, { replace: true }));
  act(() => result.current.set({ q: 'graph' }, { preventScrollReset: true }));
  expect(scrollTo).not.toHaveBeenCalled();
  act(() => result.current.set({ cat: ['cs.LG'] }));
  expect(scrollTo).toHaveBeenCalledWith(0, 0);
});
