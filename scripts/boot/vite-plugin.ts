/**
 * Inlines the compiled startup script (src/boot/head.ts) at the top of index.html's `<head>`,
 * in the dev server and in the build, with the app's base path. The prerendered pages are made
 * from the built index.html, so they have it too.
 */
import type { Plugin } from 'vite';
import { compileBoot } from './compile.ts';

export function bootScripts(): Plugin {
  let base = '/';
  return {
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
            children: await compileBoot('head', { BASE: base }),
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
