import { act, render, screen } from '@testing-library/react';
import { Component, Suspense, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyPage, reloadOnceFor } from '@/lib/lazy-page';

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  state = { error: null as string | null };
  static getDerivedStateFromError(e: Error) {
    return { error: e.message };
  }
  render() {
    return this.state.error ? <p role="alert">{this.state.error}</p> : this.props.children;
  }
}

const Page = () => <h1>The page</h1>;

/** Renders the lazy page; the errors its boundary caught (React would log them). */
function show(load: () => Promise<{ Page: typeof Page }>): unknown[] {
  const Lazy = lazyPage(load, (m) => m.Page);
  const caught: unknown[] = [];
  render(
    <Boundary>
      <Suspense fallback={<p>Loading</p>}>
        <Lazy />
      </Suspense>
    </Boundary>,
    { onCaughtError: (error) => caught.push(error) },
  );
  return caught;
}

describe('a lazy page whose code fails to load', () => {
  beforeEach(() => {
    sessionStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('tries again and shows the page when a later try loads', async () => {
    let tries = 0;
    show(() => (++tries < 3 ? Promise.reject(new Error('offline')) : Promise.resolve({ Page })));
    await act(() => vi.runAllTimersAsync());
    expect(screen.getByRole('heading', { name: 'The page' })).toBeTruthy();
    expect(tries).toBe(3);
  });

  it('reloads once when every try fails (a browser that keeps the failed module), then shows the error', () => {
    const reload = vi.fn();
    expect(reloadOnceFor('http://x/weekly/a', reload)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
    // After that reload, the same address failing again is an error, not a reload loop.
    expect(reloadOnceFor('http://x/weekly/a', reload)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    // Another address may be reloaded once too.
    expect(reloadOnceFor('http://x/weekly/b', reload)).toBe(true);
  });

  it('reaches the error boundary after the reload it already made', async () => {
    sessionStorage.setItem('digest-reader:reloaded-for-code', window.location.href);
    const caught = show(() =>
      Promise.reject(new Error('Failed to fetch dynamically imported module')),
    );
    await act(() => vi.runAllTimersAsync());
    expect(screen.getByRole('alert').textContent).toContain('Failed to fetch');
    expect(caught).toHaveLength(1);
  });

  it('forgets the reload once the page loads, so a later failure there may reload again', async () => {
    sessionStorage.setItem('digest-reader:reloaded-for-code', window.location.href);
    show(() => Promise.resolve({ Page }));
    await act(() => vi.runAllTimersAsync());
    expect(screen.getByRole('heading', { name: 'The page' })).toBeTruthy();
    expect(sessionStorage.getItem('digest-reader:reloaded-for-code')).toBeNull();
  });
});
