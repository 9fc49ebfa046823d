import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '../components/msw-server';

// CI machines have 2 cores shared with the ingest kill test: give findBy/waitFor slack (they
// return as soon as the assertion holds, so a passing test is not slower).
configure({ asyncUtilTimeout: 4000 });

// jsdom gap: MathML elements (KaTeX's accessible output) have no inline style in jsdom, and
// its getComputedStyle, which Testing Library's role queries call, throws on them. Browsers
// have it; here such an element gets the computed style of a plain element.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element, pseudo?: string | null) => {
  try {
    return computedStyle(element, pseudo);
  } catch {
    return computedStyle(document.createElement('span'));
  }
};

// Every request must be answered by a handler: an unexpected fetch fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

// Loud tests: any console.error or console.warn (React warnings, act() warnings) fails the test.
let spies: { mock: { calls: unknown[][] } }[] = [];
beforeEach(() => {
  spies = [
    vi.spyOn(console, 'error').mockImplementation(() => {}),
    vi.spyOn(console, 'warn').mockImplementation(() => {}),
  ];
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  const calls = spies.flatMap((s) => s.mock.calls);
  vi.restoreAllMocks();
  if (calls.length > 0) {
    throw new Error(
      `console.error/warn was called:\n${calls.map((c) => c.map(String).join(' ')).join('\n')}`,
    );
  }
});
