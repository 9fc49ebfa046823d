/**
 * A published file's bytes as text. Files named `*.json.gz` are stored gzip-compressed (ADR
 * 0014) and most hosts send them as they are: they are decompressed here (natively,
 * DecompressionStream). A host that sends them with `Content-Encoding: gzip` has the browser
 * decompress them already: the bytes then do not start with gzip's magic number and are read
 * as text. Runs in the data worker (the page hands it the bytes, ADR 0032) and in the page.
 */
export async function bytesText(file: string, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  if (!file.endsWith('.gz') || bytes[0] !== 0x1f || bytes[1] !== 0x8b)
    return new TextDecoder().decode(bytes);
  return new Response(
    new Response(bytes).body!.pipeThrough(new DecompressionStream('gzip')),
  ).text();
}

/** What a file that cannot be decompressed is, in words a reader understands. */
export function damaged(file: string): string {
  return `${file} is damaged: it could not be decompressed.`;
}
