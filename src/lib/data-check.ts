/**
 * Checking a published file against the shared schema, in words a reader understands. Runs in
 * the data worker (src/lib/data-worker.ts), or in the page where workers are not available.
 */
import {
  SCHEMA_VERSION,
  dailyDetailsSchema,
  dailyListSchema,
  dailySimilarSchema,
  describeSchemaError,
  manifestSchema,
  paperIndexSchema,
  weeklyDigestSchema,
  type Validator,
} from '@/schema/digest';
import { bytesText, damaged } from './body-text';
import type { Body, CheckResult, SchemaName } from './data-types';

const schemas: { [K in SchemaName]: Validator<unknown> } = {
  manifest: manifestSchema,
  dailyList: dailyListSchema,
  dailyDetails: dailyDetailsSchema,
  weekly: weeklyDigestSchema,
  paperIndex: paperIndexSchema,
  dailySimilar: dailySimilarSchema,
};

/** Checks a file's text, or decodes (and decompresses) its bytes and checks those. */
export async function checkBody(
  file: string,
  body: Body,
  schema: SchemaName | Validator<unknown>,
): Promise<CheckResult> {
  if ('text' in body) return checkText(file, body.text, schema);
  let text: string;
  try {
    text = await bytesText(file, new Uint8Array(body.bytes));
  } catch {
    return { ok: false, kind: 'invalid', message: damaged(file) };
  }
  return checkText(file, text, schema);
}

/** Parses and checks a file's text: its data, or what is wrong with it. */
export function checkText(
  file: string,
  text: string,
  schema: SchemaName | Validator<unknown>,
): CheckResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      kind: 'invalid',
      message: `${file} is not valid JSON (the file may be truncated or corrupt).`,
    };
  }
  return checkValue(file, value, typeof schema === 'string' ? schemas[schema] : schema);
}

function checkValue(file: string, value: unknown, schema: Validator<unknown>): CheckResult {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return {
      ok: false,
      kind: 'newer-version',
      message: `${file} uses data format version ${version}; this reader understands version ${SCHEMA_VERSION}. Reload to get the newest reader.`,
    };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      kind: 'invalid',
      message: `${file} does not match the digest format: ${describeSchemaError(parsed.error)}.`,
    };
  }
  return { ok: true, data: parsed.data };
}
