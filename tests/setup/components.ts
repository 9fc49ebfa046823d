import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

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
  const calls = spies.flatMap((s) => s.mock.calls);
  vi.restoreAllMocks();
  if (calls.length > 0) {
    throw new Error(
      `console.error/warn was called:\n${calls.map((c) => c.map(String).join(' ')).join('\n')}`,
    );
  }
});
