/**
 * Fetching the published data: every file is checked against the shared schema, and every
 * failure becomes a DataError that says what failed in words a reader understands.
 */
import { SCHEMA_VERSION, describeSchemaError, type Validator } from '@/schema/digest';

export type DataErrorKind = 'not-found' | 'http' | 'network' | 'invalid' | 'newer-version';

export class DataError extends Error {
  readonly kind: DataErrorKind;
  readonly url: string;

  constructor(kind: DataErrorKind, url: string, message: string) {
    super(message);
    this.name = 'DataError';
    this.kind = kind;
    this.url = url;
  }
}

/** The URL of a file in the published data folder (public/data), under the app's base path. */
export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

declare global {
  interface Window {
    /** Fetches index.html starts before the app loads, by data file (parsed JSON). */
    __digestEarly?: Record<string, Promise<unknown> | undefined>;
  }
}

/** The early fetch of a file, if index.html started one; each is used once. */
function takeEarly(file: string): Promise<unknown> | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__digestEarly;
  const promise = early?.[file];
  if (early && promise) early[file] = undefined;
  return promise;
}

export async function fetchData<T>(
  file: string,
  schema: Validator<T>,
  signal?: AbortSignal,
): Promise<T> {
  const url = dataUrl(file);
  const early = takeEarly(file);
  if (early) {
    const result = await early.then(
      (value) => ({ ok: true as const, value }),
      () => ({ ok: false as const }),
    );
    // Anything the early fetch could not get is fetched again here, to report it properly.
    if (result.ok) return validate(file, url, result.value, schema);
  }
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new DataError(
      'network',
      url,
      `Could not reach the server for ${file}. Check your connection and try again.`,
    );
  }
  if (response.status === 404)
    throw new DataError('not-found', url, `${file} was not found (HTTP 404).`);
  if (!response.ok)
    throw new DataError('http', url, `${file} could not be loaded (HTTP ${response.status}).`);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new DataError(
      'invalid',
      url,
      `${file} is not valid JSON (the file may be truncated or corrupt).`,
    );
  }
  return validate(file, url, value, schema);
}

function validate<T>(file: string, url: string, value: unknown, schema: Validator<T>): T {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new DataError(
      'newer-version',
      url,
      `${file} uses data format version ${version}; this reader understands version ${SCHEMA_VERSION}. Reload to get the newest reader.`,
    );
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new DataError(
      'invalid',
      url,
      `${file} does not match the digest format: ${describeSchemaError(parsed.error)}.`,
    );
  }
  return parsed.data;
}

/** Retry transient failures only: a missing or invalid file will not fix itself. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof DataError && error.kind !== 'network' && error.kind !== 'http') return false;
  return failureCount < 2;
}
