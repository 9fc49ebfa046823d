/**
 * Inlines the compiled startup script (src/boot/head.ts) at the top of index.html's `<head>`,
 * in the dev server and in the build, with the app's base path and, in the build, the data
 * worker's script (named by the bundle, so put in once it is written). The prerendered pages
 * are made from the built index.html, so they have it too.
 */
import type { Plugin } from 'vite';
import { compileBoot } from './compile.ts';

/** Stands for the data worker's URL in the compiled script until the bundle names it. */
const DATA_WORKER = '__DIGEST_DATA_WORKER_URL__';

/** The data worker's file in a bundle (src/lib/data.ts: `new URL('./data-worker.ts', …)`). */
export const DATA_WORKER_FILE = /(^|\/)data-worker-[\w-]+\.js$/;

export function bootScripts(): Plugin[] {
  let base = '/';
  return [
    {
      name: 'boot-scripts',
      configResolved(config) {
        base = config.base;
      },
      transformIndexHtml: {
        order: 'pre',
        async handler() {
          return [
            {
              tag: 'script',
              children: await compileBoot('head', { BASE: base, DATA_WORKER }),
              injectTo: 'head',
            },
          ];
        },
      },
    },
    {
      name: 'boot-scripts-data-worker',
      transformIndexHtml: {
        order: 'post',
        handler(html, ctx) {
          // In development there is no bundle: the app starts the worker itself.
          const file = Object.keys(ctx.bundle ?? {}).find((name) => DATA_WORKER_FILE.test(name));
          const url = file ? `${base}${file}` : '';
          return html.replace(JSON.stringify(DATA_WORKER), JSON.stringify(url));
        },
      },
    },
  ];
}
