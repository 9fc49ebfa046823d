/**
 * Fetching the published data: every file is checked against the shared schema, and every
 * failure becomes a DataError that says what failed in words a reader understands.
 */
import type { Validator } from '@/schema/digest';
import type {
  Body,
  CheckAsk,
  CheckRequest,
  CheckResponse,
  CheckResult,
  PublishedFiles,
  SchemaName,
} from './data-types';
import { damaged } from './body-text';

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

/**
 * The early fetch of a file's text, if index.html started one; each is used once. A failed
 * early fetch is made again here, to report it properly.
 */
async function takeEarlyText(file: string): Promise<string | undefined> {
  const early = typeof window === 'undefined' ? undefined : window.__digestEarly;
  const promise = early?.[file];
  if (!early || !promise) return undefined;
  early[file] = undefined;
  return promise.then(
    (text) => text,
    () => undefined,
  );
}

async function get(file: string, url: string, signal?: AbortSignal): Promise<Response> {
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
  return response;
}

/**
 * Fetches a published file and checks it against its schema. The app's own files are named by
 * schema and checked in the data worker; a lazy chunk with schemas of its own (search) passes
 * a validator, which runs here.
 */
export function fetchData<K extends SchemaName>(
  file: string,
  schema: K,
  signal?: AbortSignal,
): Promise<PublishedFiles[K]>;
export function fetchData<T>(file: string, schema: Validator<T>, signal?: AbortSignal): Promise<T>;
export async function fetchData(
  file: string,
  schema: SchemaName | Validator<unknown>,
  signal?: AbortSignal,
): Promise<unknown> {
  const url = dataUrl(file);
  const early = typeof schema === 'string' ? await earlyChecked(file, schema) : undefined;
  if (early) return settle(url, early);
  const text = await takeEarlyText(file);
  // Otherwise the bytes, not the text: decoding and decompressing a long day's details (~1.4 MB
  // of text) is the worker's work, not the page's (ADR 0032).
  const body: Body = text !== undefined ? { text } : { bytes: await bytesOf(file, url, signal) };
  // A lazy chunk's own schema (search) is checked here; the app's, in the worker.
  const result =
    typeof schema === 'string'
      ? await check(file, body, schema)
      : await checkHere(file, body, schema);
  return settle(url, result);
}

async function bytesOf(file: string, url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const response = await get(file, url, signal);
  try {
    return await response.arrayBuffer();
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new DataError('invalid', url, damaged(file));
  }
}

function settle(url: string, result: CheckResult): unknown {
  if (result.ok) return result.data;
  throw new DataError(result.kind, url, result.message);
}

/** The worker's answer: a file checked, or (asked for an early file) `missed`. */
type Answer = CheckResult | Missed;
type Missed = { ok: false; kind: 'missed' };
const isMissed = (answer: Answer): answer is Missed => !answer.ok && answer.kind === 'missed';
type Pending = { resolve: (r: Answer) => void; reject: (e: unknown) => void };
let worker: Worker | null | undefined;
/** The worker is the startup script's: it has fetched the page's first files itself. */
let startedEarly = false;
/** The files the worker was asked for as early files (each is, once). */
const askedEarly = new Set<string>();
/** The schemas of the page's first files (src/lib/early-files.ts). */
const EARLY_SCHEMAS: ReadonlySet<SchemaName> = new Set(['manifest', 'dailyList']);
const pending = new Map<number, Pending>();
let nextId = 0;

/**
 * The data worker: the one the startup script started (src/boot/early-data.ts), else one
 * started on first use; null where workers are unavailable or failed.
 */
function dataWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  const early = typeof window === 'undefined' ? undefined : window.__digestDataWorker;
  if (early) window.__digestDataWorker = undefined;
  startedEarly = Boolean(early && !early.failed);
  try {
    worker =
      early && startedEarly
        ? early.worker
        : new Worker(new URL('./data-worker.ts', import.meta.url), {
            type: 'module',
            name: 'data-check',
          });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<CheckResponse>) => {
    const { id, ...result } = event.data;
    pending.get(id)?.resolve(result);
    pending.delete(id);
  };
  // A worker that cannot start (blocked script, old browser): check in the page instead.
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) p.reject(new Error('data worker failed'));
    pending.clear();
  };
  return worker;
}

/** Checks a file in the page: a schema of a lazy chunk's own, or where the worker is not. */
async function checkHere(
  file: string,
  body: Body,
  schema: SchemaName | Validator<unknown>,
): Promise<CheckResult> {
  const { checkBody } = await import('./data-check');
  return checkBody(file, body, schema);
}

function ask(w: Worker, request: CheckAsk): Promise<Answer> {
  const id = nextId++;
  return new Promise<Answer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ ...request, id } satisfies CheckRequest);
  });
}

/**
 * One of the page's first files as the worker fetched it for the startup script, checked;
 * undefined when it has none (then the page fetches it, and says why if it fails).
 */
async function earlyChecked(file: string, schema: SchemaName): Promise<CheckResult | undefined> {
  const w = dataWorker();
  if (!w || !startedEarly || !EARLY_SCHEMAS.has(schema) || askedEarly.has(file)) return undefined;
  askedEarly.add(file);
  const answer = await ask(w, { file, schema, early: true }).catch(() => undefined);
  return answer && !isMissed(answer) ? answer : undefined;
}

/**
 * Parses and checks a file in the data worker, or here where there is none. The bytes are
 * copied to the worker, not transferred: if it fails, they are checked here.
 */
async function check(file: string, body: Body, schema: SchemaName): Promise<CheckResult> {
  const w = dataWorker();
  if (!w) return checkHere(file, body, schema);
  const answer = await ask(w, { file, schema, ...body }).catch(() => undefined);
  return answer && !isMissed(answer) ? answer : checkHere(file, body, schema);
}

/** Retry transient failures only: a missing or invalid file will not fix itself. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof DataError && error.kind !== 'network' && error.kind !== 'http') return false;
  return failureCount < 2;
}
