import type { Reporter } from './report.ts';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * Decodes a file as UTF-8. Invalid byte sequences become U+FFFD and each line that had one
 * is reported; a byte-order mark is removed; CRLF becomes LF.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, reporter: Reporter): string {
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    const lines = text.split('\n');
    let reported = 0;
    lines.forEach((line, i) => {
      if (line.includes('\ufffd') && reported < 20) {
        reporter.warn(file, i + 1, 'invalid UTF-8 bytes replaced with U+FFFD');
        reported += 1;
      }
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n');
}
