/**
 * Compiles a startup script of src/boot (typed, linted, unit-tested TypeScript) into the small
 * classic script that is inlined into the HTML: bundled, an IIFE, minified, its settings
 * (`__BOOT_…__`) replaced by their values. Used by the `bootScripts` Vite plugin (src/boot/head.ts
 * into every page) and by the prerender step (src/boot/after-paint.ts).
 */
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');

export type BootEntry = 'head' | 'after-paint';

export async function compileBoot(
  entry: BootEntry,
  settings: Record<string, unknown>,
): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'src/boot', `${entry}.ts`)],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    // Inline scripts run before anything else: the browsers the build targets (vite.config.ts).
    target: 'es2020',
    legalComments: 'none',
    define: Object.fromEntries(
      Object.entries(settings).map(([name, value]) => [`__BOOT_${name}__`, JSON.stringify(value)]),
    ),
    logLevel: 'silent',
  });
  // Nothing in the code may close the script element it is inlined into.
  return result.outputFiles[0]!.text.trim().replace(/<\/(script)/gi, '<\\/$1');
}

/** A compiled script as an inline `<script>` element. */
export async function inlineBoot(
  entry: BootEntry,
  settings: Record<string, unknown>,
): Promise<string> {
  return `<script>${await compileBoot(entry, settings)}</script>`;
}
