/**
 * What citation-js's core imports as `node-fetch` (vite.config.ts aliases it here): the
 * browser's own fetch. citation-js fetches only for inputs that are URLs or DOIs, which this
 * reader never gives it (src/features/library/parse-library.ts forces the format), so this is
 * never called; it keeps node-fetch and its Node built-ins out of the bundle.
 */
export default globalThis.fetch;
export const Headers = globalThis.Headers;
